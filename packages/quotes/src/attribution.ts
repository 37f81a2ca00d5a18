// Finds who a quoted segment is attributed to, from the clause before it ("Smith said: “…”",
// "According to Smith, “…”") or the clause after it ("“…,” Smith said", "“…,” said Smith").
import {
  DETERMINERS,
  NON_NAME_CAPITALS,
  PHRASAL_SPEECH,
  RESOLVABLE_PRONOUNS,
  SPEECH_VERBS,
  VERB_ADVERBS,
} from "./lexicon.ts";
import { phraseAfter, phraseBefore, pronounBase, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { Token } from "./tokens.ts";

/** "he's predicting": a pronoun with "is"/"has", not a possessive. */
const CONTRACTIONS = /^(?:he|she|it|that|there|who|what|here|where|everyone|nobody|somebody)['’]s$/u;

/** Possessive determiners: the word after them is a noun ("his remarks", "their claims"). */
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** How far (in tokens) a speech verb may sit from the quote or the start of the clause. */
const VERB_REACH = 12;

/**
 * A verb of saying at tokens[i]; returns how many tokens the cue takes (0 if none). Lowercase
 * unless `capitalOk` (the first word of a sentence: "Continued Stone: …").
 */
export function speechCueLength(tokens: readonly Token[], i: number, capitalOk = false): number {
  const t = tokens[i];
  if (t?.kind !== "word" || (t.text !== t.lower && !capitalOk)) return 0;
  if (isNounPosition(tokens, i)) return 0;
  if (t.lower === "according" && tokens[i + 1]?.lower === "to") return 2;
  const phrasal = PHRASAL_SPEECH.get(t.lower);
  const next = tokens[i + 1];
  if (phrasal && next && phrasal.has(next.lower)) return 2;
  return SPEECH_VERBS.has(t.lower) ? 1 : 0;
}

/**
 * After an article the word is a noun or adjective ("a written statement", "the report"); after a
 * possessive it is a noun too ("Doe's comments", "their claims", "his call for").
 */
export function isNounPosition(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return false;
  return (
    /^(?:a|an|the)$/u.test(previous.lower) ||
    (/['’]s$/u.test(previous.lower) && !CONTRACTIONS.test(previous.lower)) ||
    POSSESSIVES.has(previous.lower)
  );
}

export interface Attribution {
  /** Null when a cue leads into the quote but names nobody ("…, adding, “…”"). */
  readonly speaker: SpeakerPhrase | null;
  /** Index (in the clause tokens) just past the attribution's last token. */
  readonly endToken: number;
  /** Inferred without a verb of saying ("Jane Doe: “…”"); a cue after the quote wins over it. */
  readonly weak: boolean;
}

/**
 * Attribution in the tokens that follow a quote up to the end of the sentence. `continues`: the
 * quotation ends in a comma, "!" or "?", so the sentence goes on — then any verb after a short noun
 * phrase ("“Go home,” Trump barked") or before one ("“Great!” beamed Jane Doe") attributes it.
 */
export function attributionAfter(clause: readonly Token[], continues: boolean): Attribution | null {
  let from = 0;
  while (from < clause.length && from < 2 && /^[,—–―\-:]$/u.test((clause[from] as Token).text)) from += 1;
  if (from >= clause.length) return null;
  // "“…” ― Carla Sanchez": a dash and a name alone sign the quote.
  if (/^[—–―-]$/u.test((clause[from - 1] as Token | undefined)?.text ?? "")) {
    const signed = phraseAfter(clause, from, clause.length);
    const last = clause[clause.length - 1] as Token;
    if (signed && signed.kind === "name" && signed.end === last.end)
      return { speaker: signed, endToken: clause.length, weak: false };
  }
  const cue = speechCueLength(clause, from);
  // "…,” stating that …": a participle right after the quote continues the sentence's own clause;
  // the words after it are its object, never the speaker.
  if (cue === 1 && isParticiple(clause[from] as Token)) return null;
  if (cue > 0) {
    const speaker =
      phraseAfter(clause, from + cue, clause.length) ?? plainPhrase(clause, from + cue, clause.length, true);
    return speaker ? { speaker, endToken: tokenIndexAtOrAfter(clause, speaker.end), weak: false } : null;
  }
  for (let v = from + 1; v < clause.length && v <= from + VERB_REACH; v += 1) {
    const length = speechCueLength(clause, v);
    if (length === 0) continue;
    if ((clause[v] as Token).lower === "according") return null;
    const parsed = phraseBefore(clause, v, from);
    const startIndex = parsed ? clause.findIndex((t) => t.start === parsed.start) : -1;
    const speaker = parsed && startIndex <= from + 1 ? parsed : plainPhrase(clause, from, v, false);
    // "…,” giving states more power": a participle or conjunction does not open a speaker phrase.
    if (speaker && speaker.kind === "description" && !opensNounPhrase(clause[from] as Token)) return null;
    return speaker ? { speaker, endToken: v + length, weak: false } : null;
  }
  if (!continues) return null;
  const subject = phraseAfter(clause, from, clause.length);
  const next = subject ? clause[tokenIndexAtOrAfter(clause, subject.end)] : undefined;
  if (subject && next && (isLowercaseWord(next) || (next.text === "," && subject.kind === "name")))
    return { speaker: subject, endToken: clause.length, weak: false };
  const first = clause[from] as Token;
  if (isLowercaseWord(first) && /(?:ed|s)$/u.test(first.lower)) {
    const inverted = phraseAfter(clause, from + 1, clause.length);
    if (inverted && inverted.kind !== "description")
      return { speaker: inverted, endToken: clause.length, weak: false };
  }
  return null;
}

/** A word that can open a described speaker: a capital, a determiner or a number ("two aides"). */
function opensNounPhrase(t: Token): boolean {
  return t.kind === "word" && (t.text !== t.lower || DETERMINERS.has(t.lower) || /^\p{N}/u.test(t.text));
}

/** A present participle of a verb of saying ("saying", "adding", "stating"). */
function isParticiple(t: Token): boolean {
  return t.lower.endsWith("ing") && SPEECH_VERBS.has(t.lower);
}

function isLowercaseWord(t: Token): boolean {
  return t.kind === "word" && t.text === t.lower && /^\p{L}/u.test(t.text);
}

/**
 * The words from `from` to `to` as the speaker: a short phrase without punctuation, or with
 * `cutAtPunctuation` the words up to the first punctuation ("said master of ceremonies Al-Tabchi, …").
 */
function plainPhrase(
  clause: readonly Token[],
  from: number,
  to: number,
  cutAtPunctuation: boolean,
): SpeakerPhrase | null {
  let end = to;
  if (cutAtPunctuation) {
    const stop = clause.findIndex((t, i) => i >= from && i < to && t.kind === "punct");
    if (stop >= 0) end = stop;
  }
  while (end > from && VERB_ADVERBS.has((clause[end - 1] as Token).lower)) end -= 1;
  const words = clause.slice(from, end);
  if (words.length === 0 || words.length > 8 || words.some((t) => t.kind !== "word")) return null;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const text = words.map((t) => t.text).join(" ");
  return { start: first.start, end: last.end, name: text, role: null, kind: "description" };
}

/** Conjunctions that open a subordinate clause before the subject ("When asked, Smith said"). */
const SUBORDINATORS = new Set([
  "when",
  "after",
  "as",
  "if",
  "while",
  "before",
  "although",
  "though",
  "because",
  "since",
  "once",
  "asked",
  "on",
  "in",
  "at",
  "during",
]);

/**
 * The subject of the clause, for cues that do not name the speaker next to them ("…, saying: “…”",
 * "Eight years ago, he backed Obama and said, “…”"): the first pronoun or name in the
 * comma-delimited stretch holding the cue, else in the stretches before it. An opening
 * subordinate or prepositional phrase up to its comma is skipped.
 */
export function subjectOf(clause: readonly Token[], before: number): SpeakerPhrase | null {
  let floor = 0;
  const first = clause[0];
  if (first && SUBORDINATORS.has(first.lower)) {
    const comma = clause.findIndex((t, k) => k < before && t.text === ",");
    if (comma >= 0) floor = comma + 1;
  }
  let end = before;
  while (end > floor) {
    let start = end - 1;
    while (start > floor && (clause[start - 1] as Token).text !== ",") start -= 1;
    const found = firstSubject(clause, start, end);
    if (found) return found;
    end = start - 1;
  }
  return null;
}

function firstSubject(clause: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  for (let i = from; i < to; i += 1) {
    const t = clause[i] as Token;
    if (t.kind !== "word") continue;
    if (RESOLVABLE_PRONOUNS.has(pronounBase(t.lower))) return phraseAfter(clause, i, to);
    // "The president noted …": an article opening a described speaker.
    if (t.lower === "the" || t.lower === "a" || t.lower === "an") {
      const described = phraseAfter(clause, i, to);
      if (described) return described;
      continue;
    }
    if (t.text === t.lower || NON_NAME_CAPITALS.has(t.lower)) continue;
    const phrase = phraseAfter(clause, i, to);
    if (phrase && phrase.kind !== "pronoun") return phrase;
  }
  return null;
}

/**
 * A sentence that ends in its attribution ("…, she said." / "…, said Jane Doe."): the speaker, for
 * a quote that follows it in the same paragraph.
 */
export function closingAttribution(sentence: readonly Token[]): SpeakerPhrase | null {
  for (let v = sentence.length - 1; v >= Math.max(0, sentence.length - 6); v -= 1) {
    const length = speechCueLength(sentence, v);
    if (length === 0) continue;
    if (v + length === sentence.length) return phraseBefore(sentence, v, Math.max(0, v - 8));
    // "…, Kaine told CNN.": the phrase after a listener verb is the listener.
    if (ADDRESSEE_VERBS.test((sentence[v] as Token).lower))
      return phraseBefore(sentence, v, Math.max(0, v - 8));
    const inverted = phraseAfter(sentence, v + length, sentence.length);
    return inverted && inverted.end === (sentence[sentence.length - 1] as Token).end ? inverted : null;
  }
  return null;
}

/** Verbs whose following noun phrase is the listener, not the speaker ("told reporters"). */
const ADDRESSEE_VERBS =
  /^(?:tell|told|telling|tells|ask|asked|asking|asks|inform|informed|informing|urge|urged|urging|warn|warned|warning|assure|assured|assuring|remind|reminded|reminding)$/u;

/** Attribution in the clause that leads into a quote ("Smith told reporters: “…”"). */
export function attributionBefore(clause: readonly Token[]): Attribution | null {
  // A cue may sit further back when a comma or colon closes the lead-in ("said in an interview
  // with the Business Insider politics editor Oliver Darcy, “…”").
  const closed = /^[,:]$/u.test(clause[clause.length - 1]?.text ?? "");
  const lowest = Math.max(0, clause.length - (closed ? VERB_REACH + 6 : VERB_REACH));
  for (let v = clause.length - 1; v >= lowest; v -= 1) {
    const length = speechCueLength(clause, v, v === 0);
    if (length === 0) continue;
    const gap = clause.slice(v + length);
    if ((clause[v] as Token).lower === "according") {
      // "According to the newspaper, “…”": a plain noun phrase up to the comma names the source.
      const speaker =
        phraseAfter(clause, v + length, clause.length) ??
        plainPhrase(clause, v + length, clause.length, true);
      return speaker ? { speaker, endToken: clause.length, weak: false } : null;
    }
    if (!gapLeadsIntoQuote(gap)) return null;
    const verb = (clause[v] as Token).lower;
    // A participle ("…, adding, “…”") shares the subject of the clause, or of an earlier speech verb.
    if (verb.endsWith("ing")) {
      for (let w = v - 1; w >= 0; w -= 1) {
        if (speechCueLength(clause, w) === 0 || (clause[w] as Token).lower.endsWith("ing")) continue;
        const earlier = phraseBefore(clause, w, 0);
        if (earlier) return { speaker: earlier, endToken: clause.length, weak: false };
      }
      return { speaker: subjectOf(clause, v), endToken: clause.length, weak: false };
    }
    const listenerFollows = ADDRESSEE_VERBS.test(verb);
    const speaker =
      phraseBefore(clause, v, 0) ??
      (listenerFollows ? null : phraseAfter(clause, v + length, clause.length)) ??
      subjectOf(clause, v);
    return { speaker, endToken: clause.length, weak: false };
  }
  // "Carl Bialik: “…”" — a name and a colon introduce the quote.
  const last = clause[clause.length - 1];
  if (last?.text === ":" && clause.length >= 2) {
    // "Carl Bialik: “…”"; "Clinton released the following statement: “…”" names Clinton.
    const named = phraseBefore(clause, clause.length - 1, 0);
    const speaker = named?.kind === "name" ? named : (subjectOf(clause, clause.length - 1) ?? named);
    if (speaker && speaker.kind !== "pronoun") return { speaker, endToken: clause.length, weak: true };
  }
  return null;
}

/**
 * True when the words between the cue and the quote introduce it as direct speech: nothing, or a
 * lead-in closed by a comma or colon. "said that “…”" is indirect speech with quoted words (a mixed
 * quotation: the quoted words are part of the reporter's sentence), so it is not a direct quote.
 */
function gapLeadsIntoQuote(gap: readonly Token[]): boolean {
  if (gap.length === 0) return true;
  const last = gap[gap.length - 1] as Token;
  return last.text === ":" || last.text === ",";
}

function tokenIndexAtOrAfter(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

/** Verbs of naming: the quoted words after them are the namer's ("Doe called the plan “a fraud”"). */
const NAMING_VERBS =
  /^(?:call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|dub|dubs|dubbed|dubbing|brand|brands|branded|branding|term|terms|termed|terming)$/u;

/**
 * A quotation inside a sentence of reported speech ("Jane Doe said that “…”", "Doe warned the plan
 * “would fail”"): the speaker of the nearest verb of saying before it in the clause — the phrase
 * before the verb, else the clause's subject (the phrase after the verb is its object or listener:
 * "described Doe as “…”", "told reporters that “…”"). At most `reach` tokens may separate the verb from the quote, and none of them may be a
 * sentence-internal break (";", a dash) that would start another statement.
 */
export function mixedAttribution(
  clause: readonly Token[],
  reach: number,
): { readonly speaker: SpeakerPhrase | null; readonly naming: boolean } | null {
  const lowest = Math.max(0, clause.length - reach);
  for (let v = clause.length - 1; v >= lowest; v -= 1) {
    const t = clause[v] as Token;
    const naming =
      t.kind === "word" && t.text === t.lower && NAMING_VERBS.test(t.lower) && !isNounPosition(clause, v);
    const length = naming ? 1 : speechCueLength(clause, v, v === 0);
    if (length === 0) continue;
    const verb = t.lower;
    if (verb === "according") return null;
    const gap = clause.slice(v + length);
    if (gap.some((t) => /^[;—–―]$/u.test(t.text))) return null;
    if (verb.endsWith("ing")) return { speaker: subjectOf(clause, v), naming };
    const speaker = phraseBefore(clause, v, 0) ?? subjectOf(clause, v);
    return { speaker, naming };
  }
  return null;
}
