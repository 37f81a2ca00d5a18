// A deliberately small language guesser for pages that do not declare one: the writing system
// decides most languages outright; Latin-script text is scored against short stopword lists.
// It answers only when the evidence is clear, and returns null otherwise.

const STOPWORDS: Readonly<Record<string, string>> = {
  en: "the and of to in is that for it with as was on are be this by at from have not",
  de: "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch",
  fr: "le la les de des et est un une du en que qui dans pour pas sur au avec ce sont",
  es: "el la de que y en los del se las por un para con una su al es lo como",
  it: "il di che la e in un per è una sono del della non con si le da gli al",
  pt: "de que e o da do em um para com não uma os no se na por mais as dos",
  nl: "de het een en van in is op dat te zijn voor met die niet aan er ook als",
  sv: "och att det som en är på av för med till den har inte om ett var jag",
  da: "og at det som en er på af for med til den har ikke om et var jeg de",
  no: "og at det som en er på av for med til den har ikke om et var jeg ble",
  pl: "i w na nie się z do że to jest o jak po co przez od za ale czy",
  cs: "a se na je že v to s z do o jako pro by ale jsou tak jeho podle",
  tr: "ve bir bu da de için ile olarak çok daha olan gibi ne ama en kadar",
  fi: "ja on ei että se hän oli ovat mutta kun myös tai joka sen ole niin",
  hu: "a az és hogy nem is egy meg van már de csak mint ez el volt",
  ro: "și de la în a că pe cu din nu o un care mai este să se",
  vi: "và của là có các không được trong cho những một người này đã với khi để",
  id: "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke ada",
};

const LANGUAGES = Object.keys(STOPWORDS);

/** Each stopword with the indexes (in LANGUAGES) of the languages that use it: one lookup a word. */
const STOPWORD_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  LANGUAGES.forEach((language, index) => {
    for (const word of new Set((STOPWORDS[language] ?? "").split(" "))) {
      const list = map.get(word);
      if (list) list.push(index);
      else map.set(word, [index]);
    }
  });
  return map;
})();

/** Scripts that identify a language (or a default for it) by themselves. */
/** Scripts that identify a language (or a default for it) by themselves: [first, last, language]. */
const SCRIPTS: ReadonlyArray<readonly [number, number, string]> = [
  [0x3040, 0x30ff, "ja"],
  [0xac00, 0xd7af, "ko"],
  [0x4e00, 0x9fff, "zh"],
  [0x0e00, 0x0e7f, "th"],
  [0x0370, 0x03ff, "el"],
  [0x0590, 0x05ff, "he"],
  [0x0900, 0x097f, "hi"],
  [0x0600, 0x06ff, "ar"],
  [0x0400, 0x04ff, "ru"],
];

const SAMPLE_LENGTH = 3000;
const LETTER = /\p{L}/u;

export interface DetectOptions {
  /**
   * Only languages told by their writing system: the caller (a page declaring a Latin-script
   * language) needs to know whether the text contradicts it, not which Latin language it is.
   */
  readonly scriptOnly?: boolean;
}

export function detectLanguage(text: string, options: DetectOptions = {}): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  // One pass: letters, and characters of each identifying script.
  let letters = 0;
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) letters++;
      continue;
    }
    if (LETTER.test(char)) letters++;
    for (let i = 0; i < SCRIPTS.length; i++) {
      const script = SCRIPTS[i];
      if (script !== undefined && code >= script[0] && code <= script[1]) counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  if (letters < 20) return null;
  for (let i = 0; i < SCRIPTS.length; i++) {
    const language = SCRIPTS[i]?.[2] ?? "";
    // Japanese mixes kana with Han: a modest kana share is decisive.
    const needed = language === "ja" ? 0.1 : 0.4;
    if ((counts[i] ?? 0) / letters >= needed) return refineScript(language, sample);
  }
  return options.scriptOnly === true ? null : byStopwords(sample);
}

/** Languages sharing a script, told apart by letters the others do not use. */
function refineScript(language: string, sample: string): string {
  if (language === "ar") {
    if (/[ےٹڈڑں]/u.test(sample)) return "ur";
    if ((sample.match(/[پچژگکی]/gu)?.length ?? 0) > 5) return "fa";
  }
  if (language === "ru") {
    if (/[іїєґ]/iu.test(sample)) return "uk";
    if (/[ђјљњћџ]/iu.test(sample)) return "sr";
  }
  return language;
}

function byStopwords(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return null;
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const word of words) {
    const languages = STOPWORD_LANGUAGES.get(word);
    if (languages !== undefined) for (const index of languages) hits[index] = (hits[index] ?? 0) + 1;
  }
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  LANGUAGES.forEach((language, index) => {
    const count = hits[index] ?? 0;
    if (count > bestHits) {
      second = bestHits;
      bestHits = count;
      best = language;
    } else if (count > second) second = count;
  });
  // Clear evidence only: enough stopwords, and a margin over the runner-up.
  return bestHits >= 3 && bestHits / words.length >= 0.05 && bestHits >= second * 1.2 ? best : null;
}
