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

const STOPWORD_SETS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = Object.entries(STOPWORDS).map(
  ([language, words]) => [language, new Set(words.split(" "))] as const,
);

/** Scripts that identify a language (or a default for it) by themselves. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30ff]/gu, "ja"],
  [/[\uac00-\ud7af]/gu, "ko"],
  [/[\u4e00-\u9fff]/gu, "zh"],
  [/[\u0e00-\u0e7f]/gu, "th"],
  [/[\u0370-\u03ff]/gu, "el"],
  [/[\u0590-\u05ff]/gu, "he"],
  [/[\u0900-\u097f]/gu, "hi"],
  [/[\u0600-\u06ff]/gu, "ar"],
  [/[\u0400-\u04ff]/gu, "ru"],
];

const SAMPLE_LENGTH = 3000;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  for (const [pattern, language] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    // Japanese mixes kana with Han: a modest kana share is decisive.
    const needed = language === "ja" ? 0.1 : 0.4;
    if (count / letters >= needed) return refineScript(language, sample);
  }
  return byStopwords(sample);
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
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  for (const [language, stopwords] of STOPWORD_SETS) {
    let hits = 0;
    for (const word of words) if (stopwords.has(word)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = language;
    } else if (hits > second) second = hits;
  }
  // Clear evidence only: enough stopwords, and a margin over the runner-up.
  return bestHits >= 3 && bestHits / words.length >= 0.05 && bestHits >= second * 1.2 ? best : null;
}
