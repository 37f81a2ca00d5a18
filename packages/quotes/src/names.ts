// Full-name mentions in a text, used to resolve "he"/"she"/"they" and bare surnames to the nearest
// preceding full name.
import { NON_NAME_CAPITALS, ORGANISATION_WORDS, TITLES } from "./lexicon.ts";
import { isCapitalized, type Token } from "./tokens.ts";

export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const PARTICLES = new Set(["de", "van", "von", "der", "bin", "al", "la", "le", "du", "da", "del"]);

/** Runs of two to four capitalised words that look like a person's name ("Hillary Clinton"). */
export function personMentions(tokens: readonly Token[]): NameMention[] {
  const out: NameMention[] = [];
  // A capitalised word at a sentence start that the text also uses in lowercase is a common word.
  const lowercase = new Set(
    tokens.filter((t) => t.kind === "word" && t.text === t.lower).map((t) => t.lower),
  );
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const sentenceStart = prev === undefined || (prev.kind === "punct" && /[.!?"“”'‘’]/u.test(prev.text));
    if (!isCapitalized(t) || NON_NAME_CAPITALS.has(t.lower) || (sentenceStart && lowercase.has(t.lower))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < tokens.length) {
      const u = tokens[j] as Token;
      if (isCapitalized(u) && !NON_NAME_CAPITALS.has(u.lower)) j += 1;
      else if (PARTICLES.has(u.lower) && j > i && tokens[j + 1] && isCapitalized(tokens[j + 1] as Token))
        j += 1;
      else break;
    }
    let start = i;
    while (start < j && TITLES.has((tokens[start] as Token).lower)) start += 1;
    const run = tokens.slice(start, j);
    const last = run[run.length - 1];
    const looksPersonal =
      run.length >= 2 &&
      run.length <= 4 &&
      !run.some((u) => ORGANISATION_WORDS.has(u.lower.replace(/['’]s$/u, "")));
    if (looksPersonal && last) {
      const name = run
        .map((u) => u.text)
        .join(" ")
        .replace(/['’]s$/u, "");
      out.push({ start: (run[0] as Token).start, end: last.end, name });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Nearest full name ending at or before `offset` (mentions are in text order). */
export function nearestBefore(mentions: readonly NameMention[], offset: number): NameMention | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as NameMention).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (mentions[lo - 1] as NameMention) : null;
}

/** Full-name mentions grouped by their last word, for resolving bare surnames. */
export function bySurname(mentions: readonly NameMention[]): Map<string, NameMention[]> {
  const out = new Map<string, NameMention[]>();
  for (const m of mentions) {
    const words = m.name.toLowerCase().split(" ");
    const last = words[words.length - 1];
    if (words.length < 2 || last === undefined) continue;
    const list = out.get(last) ?? [];
    list.push(m);
    out.set(last, list);
  }
  return out;
}

/** The latest earlier full name whose last word is `surname` ("Meyer" → "Laurence H. Meyer"). */
export function fullNameFor(
  surnames: ReadonlyMap<string, readonly NameMention[]>,
  surname: string,
  offset: number,
): string | null {
  let found: string | null = null;
  for (const m of surnames.get(surname.toLowerCase()) ?? []) {
    if (m.start >= offset) break;
    found = m.name;
  }
  return found;
}
