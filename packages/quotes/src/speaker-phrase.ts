// Reads the noun phrase that names a speaker next to a speech verb: a name ("Sen. Ted Cruz"), a
// pronoun ("he"), or a description ("a Huawei spokesperson"), plus an appositive role
// ("Jane Doe, a professor at Yale,").
import {
  DETERMINERS,
  HONORIFICS,
  NON_NAME_CAPITALS,
  PERSONAL_PRONOUNS,
  ROLE_WORDS,
  TITLES,
  VERB_ADVERBS,
} from "./lexicon.ts";
import { isCapitalized, type Token } from "./tokens.ts";

export interface SpeakerPhrase {
  /** Offsets of the words naming the speaker (the pronoun when the text has one). */
  readonly start: number;
  readonly end: number;
  /** The name as written (without titles or articles); resolved later for pronouns. */
  readonly name: string;
  readonly role: string | null;
  readonly kind: "name" | "pronoun" | "description";
}

const NAME_PARTICLES = new Set(["de", "van", "von", "der", "bin", "al", "la", "le", "du", "da", "del"]);
const LINKS = new Set(["of", "for", "at", "to"]);
const RELATIVE = new Set(["who", "which", "whose", "adding", "according", "where", "when", "in", "on"]);

function isNounPhraseWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  return isCapitalized(t) || ROLE_WORDS.has(t.lower) || /['’]s$/u.test(t.lower);
}

function isNameToken(t: Token): boolean {
  return (isCapitalized(t) && !NON_NAME_CAPITALS.has(t.lower)) || NAME_PARTICLES.has(t.lower);
}

/** Phrase starting at tokens[from] ("said Jane Doe, a professor at Yale"). */
export function phraseAfter(tokens: readonly Token[], from: number, limit: number): SpeakerPhrase | null {
  const first = tokens[from];
  if (!first || from >= limit) return null;
  if (PERSONAL_PRONOUNS.has(pronounBase(first.lower))) return pronoun(first);
  let j = from;
  if (DETERMINERS.has(first.lower)) j += 1;
  const coreStart = j;
  while (j < limit) {
    const t = tokens[j] as Token;
    if (isNounPhraseWord(t) || (NAME_PARTICLES.has(t.lower) && j > coreStart)) {
      j += 1;
      continue;
    }
    const after = tokens[j + 1];
    if (LINKS.has(t.lower) && j > coreStart && after && j + 1 < limit) {
      const afterNext = tokens[j + 2];
      if (isCapitalized(after) || (after.lower === "the" && afterNext && isCapitalized(afterNext))) {
        j += after.lower === "the" ? 2 : 1;
        continue;
      }
    }
    break;
  }
  if (j === coreStart) return null;
  const role = appositiveAfter(tokens, j, limit);
  return build(tokens.slice(from, j), role);
}

/** Phrase ending right before tokens[verb] ("Jane Doe, a professor at Yale, said"). */
export function phraseBefore(
  tokens: readonly Token[],
  verb: number,
  lowerBound: number,
): SpeakerPhrase | null {
  let j = verb - 1;
  while (j >= lowerBound && VERB_ADVERBS.has((tokens[j] as Token).lower)) j -= 1;
  if (j < lowerBound) return null;
  // "Harry Reid (D-Nev.) said", "John Kasich (R-OH), said": step over the parenthesis.
  if ((tokens[j] as Token).text === "," && tokens[j - 1]?.text === ")") j -= 1;
  if ((tokens[j] as Token).text === ")") {
    let k = j - 1;
    while (k > lowerBound && (tokens[k] as Token).text !== "(" && j - k < 8) k -= 1;
    if ((tokens[k] as Token).text !== "(" || k - 1 < lowerBound) return null;
    const core = coreBefore(tokens, k - 1, lowerBound);
    return core === null ? null : build(tokens.slice(core, k), null);
  }
  const last = tokens[j] as Token;
  if (PERSONAL_PRONOUNS.has(pronounBase(last.lower))) return pronoun(last);
  if (RELATIVES.has(last.lower)) return relative(tokens, j, lowerBound);
  if (last.text === ",") {
    // "Jane Doe, a professor at Yale, said": the name sits before the appositive.
    for (let k = j - 1; k > lowerBound && k >= j - 16; k -= 1) {
      if ((tokens[k] as Token).text !== ",") continue;
      const core = coreBefore(tokens, k - 1, lowerBound);
      if (core === null) return null;
      const roleTokens = tokens.slice(k + 1, j);
      const role = roleTokens.length > 0 ? roleText(roleTokens) : null;
      return build(tokens.slice(core, k), role);
    }
    return null;
  }
  const core = coreBefore(tokens, j, lowerBound);
  return core === null ? null : build(tokens.slice(core, j + 1), null);
}

function coreBefore(tokens: readonly Token[], end: number, lowerBound: number): number | null {
  let j = end;
  while (j >= lowerBound) {
    const t = tokens[j] as Token;
    if (isNounPhraseWord(t) || (NAME_PARTICLES.has(t.lower) && j < end)) {
      j -= 1;
      continue;
    }
    const before = tokens[j - 1];
    if (LINKS.has(t.lower) && j < end && before && j - 1 >= lowerBound && isNounPhraseWord(before)) {
      j -= 1;
      continue;
    }
    if (DETERMINERS.has(t.lower) && j < end) {
      j -= 1;
      break;
    }
    if (t.lower === "the" && j < end) j -= 1;
    break;
  }
  let start = j + 1;
  // Drop sentence openers ("But Smith said") and dangling links.
  while (start <= end) {
    const t = tokens[start] as Token;
    if (DETERMINERS.has(t.lower)) break;
    if (NON_NAME_CAPITALS.has(t.lower) || LINKS.has(t.lower)) start += 1;
    else break;
  }
  return start <= end ? start : null;
}

function appositiveAfter(tokens: readonly Token[], from: number, limit: number): string | null {
  if ((tokens[from] as Token | undefined)?.text !== ",") return null;
  const first = tokens[from + 1];
  if (!first || from + 1 >= limit || RELATIVE.has(first.lower) || PERSONAL_PRONOUNS.has(first.lower))
    return null;
  if (!(DETERMINERS.has(first.lower) || ROLE_WORDS.has(first.lower) || isCapitalized(first))) return null;
  let j = from + 1;
  while (j < limit && j < from + 14) {
    const t = tokens[j] as Token;
    if (t.kind === "punct" && t.text !== "-" && t.text !== "'" && t.text !== "’") break;
    j += 1;
  }
  return j > from + 1 ? roleText(tokens.slice(from + 1, j)) : null;
}

function roleText(tokens: readonly Token[]): string | null {
  const words = tokens.filter((t) => t.kind === "word" || t.text === "-");
  const first = words[0];
  const trimmed =
    first && (first.lower === "a" || first.lower === "an" || first.lower === "the") ? words.slice(1) : words;
  const text = joinTokens(trimmed);
  return text === "" ? null : text;
}

/** Relative pronouns that can be the subject of a verb of saying ("the mayor, who said …"). */
const RELATIVES = new Set(["who", "which"]);

/**
 * "the Mexican president, who said …": the antecedent right before the relative pronoun names the
 * speaker; the span runs from it to the pronoun (just the pronoun when no antecedent parses).
 */
function relative(tokens: readonly Token[], j: number, lowerBound: number): SpeakerPhrase {
  const who = tokens[j] as Token;
  const comma = tokens[j - 1]?.text === "," ? j - 1 : j;
  const core = comma - 1 >= lowerBound ? coreBefore(tokens, comma - 1, lowerBound) : null;
  const antecedent = core === null ? null : build(tokens.slice(core, comma), null);
  if (!antecedent) return { start: who.start, end: who.end, name: who.text, role: null, kind: "description" };
  return { ...antecedent, end: who.end };
}

/** "she’s" → "she", "they're" → "they": the pronoun of a contraction (other words unchanged). */
export function pronounBase(lower: string): string {
  return lower.replace(/['’](?:s|re|ve|d|ll|m)$/u, "");
}

/** A pronoun phrase; for a contraction ("she’s") only the pronoun's letters. */
function pronoun(t: Token): SpeakerPhrase {
  const base = pronounBase(t.text.toLowerCase());
  const text = t.text.slice(0, base.length);
  return { start: t.start, end: t.start + text.length, name: text, role: null, kind: "pronoun" };
}

function joinTokens(tokens: readonly Token[]): string {
  let out = "";
  let prevEnd = -1;
  for (const t of tokens) {
    out += prevEnd >= 0 && t.start > prevEnd ? ` ${t.text}` : t.text;
    prevEnd = t.end;
  }
  return out;
}

function build(phrase: readonly Token[], appositive: string | null): SpeakerPhrase | null {
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  if (!first || !last) return null;
  const body = DETERMINERS.has(first.lower) ? phrase.slice(1) : phrase;
  if (body.length === 0) return null;
  // Trailing run of name tokens is the name; what precedes it (and leading titles) is the role.
  let runStart = body.length;
  while (runStart > 0 && isNameToken(body[runStart - 1] as Token)) runStart -= 1;
  let nameStart = runStart;
  while (nameStart < body.length - 1 && TITLES.has((body[nameStart] as Token).lower)) nameStart += 1;
  const nameTokens = body.slice(nameStart);
  const roleTokens = body.slice(0, nameStart).filter((t) => !HONORIFICS.has(t.lower));
  const isName = runStart < body.length && nameTokens.length > 0 && nameStart < body.length;
  const prefixRole = roleTokens.length > 0 ? joinTokens(roleTokens) : null;
  const role = [prefixRole, appositive].filter((r): r is string => r !== null).join(", ") || null;
  if (body.every((t) => NON_NAME_CAPITALS.has(t.lower))) return null;
  const name = isName ? joinTokens(nameTokens).replace(/['’]s$/u, "") : joinTokens(body);
  return {
    start: first.start,
    end: last.end,
    name,
    role: isName ? role : (appositive ?? joinTokens(body)),
    kind: isName ? "name" : "description",
  };
}
