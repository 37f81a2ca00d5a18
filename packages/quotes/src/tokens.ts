// Word and punctuation tokens with character offsets, enough structure for attribution rules.

export interface Token {
  readonly text: string;
  /** Lowercased text, for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "punct";
}

// Initialisms ("U.S.", "L.H.") first, then numbers with decimal or thousands marks ("1.6",
// "26,000": the point is not a sentence end), then words with inner apostrophes, hyphens or
// ampersands.
const WORD = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*/uy;
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "capt",
  "prof",
  "rev",
  "pres",
  "st",
  "jr",
  "sr",
  "inc",
  "co",
  "corp",
  "ltd",
  "no",
  "vs",
  "mt",
  "ft",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
  "calif",
  "fla",
  "ky",
  "mass",
  "ore",
  "wis",
  "ariz",
  "conn",
]);

/** True when a "." right after this word belongs to it (Mr., U.S., J.). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || word.includes(".") || /^\p{Lu}$/u.test(word);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (/\s/u.test(ch)) {
      i += 1;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match && match.index === i) {
      let end = Math.min(to, i + match[0].length);
      if (text[end] === "." && end < to && isAbbreviation(text.slice(i, end))) end += 1;
      const word = text.slice(i, end);
      tokens.push({ text: word, lower: word.toLowerCase(), start: i, end, kind: "word" });
      i = end;
      continue;
    }
    tokens.push({ text: ch, lower: ch, start: i, end: i + 1, kind: "punct" });
    i += 1;
  }
  return tokens;
}

export function isCapitalized(token: Token): boolean {
  return token.kind === "word" && /^\p{Lu}/u.test(token.text);
}
