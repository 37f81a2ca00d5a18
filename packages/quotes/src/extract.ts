// Direct quotes and their speakers in an article's text. Steps: find quoted segments (marks.ts),
// read the clause before and after each (clauses.ts), attribute it to a speaker via speech verbs
// (attribution.ts), keep quotes that are attributed or stand as whole sentences, merge a quote
// interrupted by its attribution ("“…,” he said, “…”"), then resolve pronouns and surnames.
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  closingAttribution,
  mixedAttribution,
  speechCueLength,
  subjectOf,
} from "./attribution.ts";
import { clauseAfter, clauseBefore, tokenAt } from "./clauses.ts";
import { REPORTING_CUES } from "./cues.ts";
import { RESOLVABLE_PRONOUNS, SPEECH_VERBS } from "./lexicon.ts";
import { findQuotedSegments, type QuotedSegment } from "./marks.ts";
import { bySurname, fullNameFor, type NameMention, nearestBefore, personMentions } from "./names.ts";
import { type Paragraph, paragraphs } from "./paragraphs.ts";
import { reportedAttribution } from "./reported.ts";
import type { Quote, Speaker } from "./schema.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";
import { type Token, tokenize } from "./tokens.ts";

/** Fewest words for an unattributed quotation to count as a quote rather than a scare quote. */
const MIN_STANDALONE_WORDS = 3;
/** Fewest words for a quotation inside a sentence of reported speech to count as the speaker's words. */
const MIN_PARTIAL_WORDS = 1;
/** How far (in tokens) a verb of saying may precede a quotation inside its sentence. */
const PARTIAL_REACH = 24;

interface Candidate {
  start: number;
  end: number;
  paragraph: number;
  lastParagraph: number;
  speaker: SpeakerPhrase | null;
  /** A weaker guess used when no earlier quote lends its speaker (carrySpeakers). */
  fallback?: SpeakerPhrase | null;
  /** Where the attribution clause after the quote ends (for merging an interrupted quote). */
  clauseEnd: number | null;
  attributedAfter: boolean;
}

export function extractQuotes(text: string): Quote[] {
  const tokens = tokenize(text);
  const paras = paragraphs(text);
  // A value in markup left in the text (`<tweet id="…">`) is not a quotation.
  const segments = findQuotedSegments(text).filter(
    (s) => s.innerEnd > s.innerStart && text[s.start - 1] !== "=",
  );
  const mentions = personMentions(tokens);
  const surnames = bySurname(mentions);
  const accepted: Candidate[] = [];
  segments.forEach((seg, k) => {
    const prev = segments[k - 1];
    const next = segments[k + 1];
    const paraStart = paras[seg.paragraph]?.start ?? 0;
    const paraEnd = paras[seg.lastParagraph]?.end ?? text.length;
    let before = clauseBefore(tokens, seg.start, Math.max(paraStart, prev?.end ?? 0));
    // A block quote introduced by the previous paragraph ("He said:\n\n“…”").
    const prevPara = paras[seg.paragraph - 1];
    if (before.length === 0 && seg.start === paraStart && prevPara && text[prevPara.end - 1] === ":")
      before = clauseBefore(tokens, prevPara.end, Math.max(prevPara.start, prev?.end ?? 0));
    const after = clauseAfter(tokens, seg.end, Math.min(paraEnd, next?.start ?? text.length));
    // Whether the quote opens its sentence is judged on the whole sentence, across earlier quotes
    // (“Parks” and “Recreation,” …: the second does not open a sentence).
    const inParagraph = clauseBefore(tokens, seg.start, paraStart);
    // The sentence before the quote in its paragraph ("…, she said. “…”").
    const stop = tokens[tokenAt(tokens, seg.start) - 1];
    // A quote opening its paragraph looks at the previous paragraph's last sentence.
    const floor = seg.start === paraStart && prevPara ? prevPara.start : paraStart;
    const previous =
      inParagraph.length === 0 && stop && stop.start >= floor && /^[.!?]$/u.test(stop.text)
        ? clauseBefore(tokens, stop.start, floor)
        : [];
    const candidate = judge(
      text,
      seg,
      before,
      after,
      inParagraph.length === 0 ? before : inParagraph,
      previous,
    );
    if (candidate) accepted.push(candidate);
  });
  signByNextParagraph(tokens, paras, accepted);
  const merged = mergeInterrupted(text, accepted);
  carrySpeakers(merged);
  return merged.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    speaker: c.speaker ? resolveSpeaker(c.speaker, mentions, surnames) : null,
  }));
}

function judge(
  text: string,
  seg: QuotedSegment,
  before: Token[],
  after: Token[],
  sentence: Token[],
  previous: Token[],
): Candidate | null {
  // "on CBS's “Face the Nation,”", "in his memoir, “Tough Choices.”": a work's title, not speech.
  if (isWorkTitle(text, seg, before)) return null;
  const inner = text.slice(seg.innerStart, seg.innerEnd).trim();
  const words = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words === 0) return null;
  // Ends in a comma with the sentence going on; short titles ("Hail, Caesar!,") excluded.
  const continues = /,['’]?$/u.test(inner) && words >= 3;
  // A quotation ending a sentence ("…”. Next") has nothing after it in that sentence.
  const sentenceEnded = /[.…]['’]?$/u.test(inner) && after[0] !== undefined && /^\p{Lu}/u.test(after[0].text);
  // "After Doe said that … “…,” Smith said: “…”": an attribution closed by a colon introduces the
  // next quotation; it is not the tail of one inside an earlier clause.
  const introducesNext = after[after.length - 1]?.text === ":" && after.length > 1;
  const trail: Attribution | null =
    sentenceEnded || (introducesNext && !opensItsSentence(sentence))
      ? null
      : attributionAfter(after, continues);
  // A quotation the sentence runs on from without attribution is part of a paraphrase.
  const runsOn = after[0]?.kind === "word" && trail === null && !/[.!?…]['’]?$/u.test(inner);
  const lead = runsOn ? null : attributionBefore(before);
  const opensSentence = opensItsSentence(sentence);
  const base = {
    start: seg.start,
    end: seg.end,
    paragraph: seg.paragraph,
    lastParagraph: seg.lastParagraph,
  };
  // Where the attribution after the quote ends: "“…,” she said, adding, “…”" is not interrupted
  // by its attribution alone, so the two quotations stay apart.
  const attributionEnd = after[Math.max(0, (trail?.endToken ?? after.length) - 1)];
  const clauseEnd = attributionEnd ? attributionEnd.end : seg.end;
  if (lead && !(lead.weak && trail?.speaker)) {
    // "X declared: “…,” she said": the attribution right after a comma-ended quote is the nearest.
    if (trail?.speaker && /,['’]?$/u.test(inner))
      return { ...base, speaker: trail.speaker, clauseEnd, attributedAfter: true };
    return { ...base, speaker: lead.speaker, clauseEnd: null, attributedAfter: false };
  }
  if (trail?.speaker && (opensSentence || (continues && seg.style !== "single")))
    return { ...base, speaker: trail.speaker, clauseEnd, attributedAfter: true };
  const wholeSentence = /[.!?…]['’"”]?$/u.test(inner) || !seg.closed;
  if (seg.style !== "single" && opensSentence && words >= MIN_STANDALONE_WORDS && wholeSentence)
    return {
      ...base,
      speaker: closingAttribution(previous),
      fallback: reportedAttribution(previous, [])?.speaker ?? null,
      clauseEnd: null,
      attributedAfter: false,
    };
  return partialQuote(text, seg, { before, after, sentence }, words, base);
}

/**
 * A quotation inside a sentence of reported speech — "Doe said that “the plan will fail next
 * year”", "Doe warned the bill “would gut the program”", "Doe called it “reckless”", "Doe's
 * “excesses” are sickening, Smith said" — is the speaker's own words, unlike a scare quote or a
 * title: a verb of saying or naming precedes it in its sentence (its speaker is the speaker), or
 * the sentence ends in its attribution ("…, Smith said."). Title-cased quotations, short phrases
 * the sentence runs on from and single words labelled with an article are left out.
 */
function partialQuote(
  text: string,
  seg: QuotedSegment,
  context: {
    readonly before: readonly Token[];
    readonly after: readonly Token[];
    readonly sentence: readonly Token[];
  },
  words: number,
  base: Pick<Candidate, "start" | "end" | "paragraph" | "lastParagraph">,
): Candidate | null {
  const { before, after, sentence } = context;
  if (seg.style === "single" || (isTitleCased(text, seg) && !isAppliedName(before))) return null;
  // Even a short phrase the sentence runs on from ("Doe said the plan was “a disaster” for
  // farmers") is the speaker's wording, as annotators of reported speech count it.
  if (words < MIN_PARTIAL_WORDS) return null;
  const found = mixedAttribution(before, PARTIAL_REACH);
  if (found?.speaker) {
    // Even a single word the speaker applies ("called it a “stunt”") is the speaker's wording.
    return { ...base, speaker: found.speaker, clauseEnd: null, attributedAfter: false };
  }
  // "Doe's “costly excesses” are sickening, Smith said.": the sentence closes with its attribution.
  const closing = closingAttribution(after);
  if (closing) return { ...base, speaker: closing, clauseEnd: null, attributedAfter: false };
  // "Doe believes the plan is “reckless”": a sentence reporting a view or judgement.
  const reported = reportedAttribution(sentence, after);
  if (reported) return { ...base, speaker: reported.speaker, clauseEnd: null, attributedAfter: false };
  // "Reid has been pounding Trump as a “con artist”": what the subject casts someone as.
  const cast = castAs(before);
  if (cast !== null)
    return { ...base, speaker: subjectOf(before, cast), clauseEnd: null, attributedAfter: false };
  const complement = thatClause(before);
  if (complement !== null)
    return { ...base, speaker: subjectOf(before, complement), clauseEnd: null, attributedAfter: false };
  // "He offered “my thoughts and prayers”": words in the first person are someone's own.
  if (FIRST_PERSON.test(text.slice(seg.innerStart, seg.innerEnd)))
    return { ...base, speaker: subjectOf(before, before.length), clauseEnd: null, attributedAfter: false };
  return null;
}

/** A first-person pronoun or determiner. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|me|my|mine|myself|we|us|our|ours|ourselves)(?![\p{L}'’])/u;

/** A lowercase -ed, -ing or -s form: a verb when it takes a "that" clause ("groused that"). */
const VERB_FORM = /(?:ed|ing|[^siu]s)$/u;
/** Words with those endings that are not verbs taking a clause. */
const NOT_VERBS = /^(?:was|has|does|this|thus|plus|years|days|times|means|[a-z]*thing|during|being)$/u;

/**
 * "Trump groused to a crowd that CNN “doesn't treat me properly”": a quotation inside a clause
 * opened by "that" right after a verb (a lowercase -ed, -ing or -s form not used as a noun) is what the
 * subject reported. Returns the index of the verb, or null.
 */
function thatClause(before: readonly Token[]): number | null {
  const lowest = Math.max(0, before.length - PARTIAL_REACH);
  for (let i = before.length - 1; i > lowest; i -= 1) {
    const t = before[i] as Token;
    if (/^[;—–―]$/u.test(t.text)) return null;
    if (t.lower !== "that") continue;
    const verb = before[i - 1] as Token;
    if (
      verb.kind !== "word" ||
      verb.text !== verb.lower ||
      !VERB_FORM.test(verb.lower) ||
      NOT_VERBS.test(verb.lower)
    )
      return null;
    if (/^(?:a|an|the|this|his|her|their|its|our)$/u.test(before[i - 2]?.lower ?? "")) return null;
    return i - 1;
  }
  return null;
}

/** Object pronouns: "presenting herself as “anti-system.”" */
const OBJECT_PRONOUNS = /^(?:him|her|them|us|me|it|himself|herself|themselves|itself|ourselves|myself)$/u;

/**
 * "… Trump as a “con artist”", "… the deal as “a breakthrough”": a quotation right after "as" (an
 * article and one modifier aside) that follows a verb's object — a name, an object pronoun or a
 * noun phrase opened by a determiner — is the description the sentence's subject applies. Returns
 * where the object starts (the subject is looked for before it), or null: "register as “…”",
 * "the same thing as “…”" and "known as “…”" are not.
 */
function castAs(before: readonly Token[]): number | null {
  let i = before.length - 1;
  if (/^(?:a|an|the)$/u.test(before[i]?.lower ?? "")) i -= 1;
  else if (/^(?:a|an|the)$/u.test(before[i - 1]?.lower ?? "")) i -= 2;
  if (before[i]?.text !== "as" || i < 2) return null;
  const object = before[i - 1] as Token;
  if (object.kind !== "word" || PARTICIPLE.test(object.lower)) return null;
  if (OBJECT_PRONOUNS.test(object.lower)) return i - 1;
  if (object.text !== object.lower) {
    let k = i - 1;
    while (
      k > 0 &&
      (before[k - 1] as Token).kind === "word" &&
      /^\p{Lu}/u.test((before[k - 1] as Token).text)
    )
      k -= 1;
    return k;
  }
  for (let k = i - 2; k >= Math.max(0, i - 4); k -= 1) {
    const t = before[k] as Token;
    if (t.kind !== "word" || /^(?:same|such|as)$/u.test(t.lower)) return null;
    if (/^(?:the|a|an|its|his|her|their|our|this|that)$/u.test(t.lower) || /['’]s$/u.test(t.lower)) return k;
  }
  return null;
}

/** Past participles before "as" ("known as", "disguised as"): a passive, not an object. */
const PARTICIPLE = /(?:ed|known|seen|shown|given|taken|written)$/u;

/**
 * A capitalised quotation that someone applies or utters rather than a work's title: right after
 * "as", a verb of saying or naming, or a reporting cue, articles aside ("referring to the country
 * as the “Great Satan”", "hailed her as “The Comeback Kid”", "chanting “Lock Her Up”").
 */
function isAppliedName(before: readonly Token[]): boolean {
  let i = before.length - 1;
  while (i >= 0 && /^(?:a|an|the)$/u.test((before[i] as Token).lower)) i -= 1;
  const word = before[i];
  if (word?.kind !== "word" || word.text !== word.lower) return false;
  return (
    word.lower === "as" ||
    SPEECH_VERBS.has(word.lower) ||
    REPORTING_CUES.has(word.lower) ||
    NAMING_WORDS.test(word.lower)
  );
}

const NAMING_WORDS =
  /^(?:call|calls|called|calling|label|labels|labeled|labelled|dub|dubs|dubbed|brand|branded|nicknamed)$/u;

/** Nouns naming a work whose title may follow ("his 2012 book, “An American Son.”"). */
const WORK_NOUNS =
  /^(?:book|books|memoir|memoirs|novel|novels|autobiography|biography|film|films|movie|movies|show|shows|series|sitcom|program|programme|podcast|album|song|songs|anthem|documentary|musical|play|episode|column|op-ed|newsletter|magazine|newspaper)$/u;

/**
 * Words before a title that name the work's medium, a role in it or the programme a speaker talks
 * to ("starred in", "episode of", "told").
 */
const TITLE_LEADS =
  /^(?:told|tells|telling|episode of|episodes of|starred in|stars in|star of|host of|appearance on|appeared on|appears on|interview on|interviewed on)$/u;

/**
 * A title-cased quotation that names a work rather than quoting anyone: right after a possessive
 * ("CBS's “Face the Nation,”", "channel’s “Sunday Morning Futures,”"), a noun naming a work ("his
 * memoir, “Tough Choices.”") or a phrase such as "episode of", "starred in".
 */
function isWorkTitle(text: string, seg: QuotedSegment, before: readonly Token[]): boolean {
  if (!isTitleCased(text, seg)) return false;
  let i = before.length - 1;
  if (before[i]?.text === ",") i -= 1;
  const word = before[i];
  if (word?.kind !== "word") return false;
  if (/\p{L}['’]s?$/u.test(word.text) && !/^(?:it|he|she|that|there|who|what)['’]s$/u.test(word.lower))
    return true;
  if (WORK_NOUNS.test(word.lower) || TITLE_LEADS.test(word.lower)) return true;
  return TITLE_LEADS.test(`${before[i - 1]?.lower ?? ""} ${word.lower}`);
}

/** "“Saturday Night Live”", "“The Art of the Deal”": every word capitalised except short links. */
function isTitleCased(text: string, seg: QuotedSegment): boolean {
  const words = text
    .slice(seg.innerStart, seg.innerEnd)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  const minor = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from)$/u;
  return words.length > 0 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || minor.test(w));
}

/** Nothing but punctuation, connectives or a short lead-in closed by a comma, colon or dash precedes the quote. */
function opensItsSentence(sentence: readonly Token[]): boolean {
  return (
    sentence.every((t) => t.kind === "punct") ||
    isShortOpener(sentence) ||
    /^[:—–-]$/u.test(sentence[sentence.length - 1]?.text ?? "")
  );
}

const CONNECTIVES = new Set([
  "and",
  "but",
  "so",
  "yet",
  "or",
  "then",
  "still",
  "also",
  "now",
  "again",
  "plus",
  "instead",
]);

/**
 * A few words before the quote that do not start a sentence it belongs to: connectives ("And",
 * "But then") or a short lead-in closed by a comma or colon ("Later,"). A bare subject
 * ("Manafort “has taken on a tough task,” said Black") makes the quote part of its sentence.
 */
function isShortOpener(before: readonly Token[]): boolean {
  const words = before.filter((t) => t.kind === "word");
  // A run-in headline in capitals ("CHINA’S SLOWDOWN HITS EXPORTS “…”") is not part of the sentence.
  if (words.length >= 2 && words.every((w) => w.text === w.text.toUpperCase() && /\p{Lu}{2}/u.test(w.text)))
    return true;
  if (words.length > 2 || before.some((_, i) => speechCueLength(before, i) > 0)) return false;
  const closed = /^[,:;—–-]$/u.test(before[before.length - 1]?.text ?? "");
  return closed || words.every((w) => CONNECTIVES.has(w.lower));
}

/**
 * "“…,” he said, “…”": the second part continues the first when only the attribution separates
 * them within the sentence. After a sentence end ("“…,” he said. “…”") the next quotation is a new
 * quote (with the same speaker, see carrySpeakers).
 */
function mergeInterrupted(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (
      last?.attributedAfter &&
      last.clauseEnd !== null &&
      last.lastParagraph === c.paragraph &&
      c.start >= last.clauseEnd &&
      /^\s*[,:—–-][\s,:—–-]*$/u.test(text.slice(last.clauseEnd, c.start)) &&
      (c.speaker === null || c.speaker.start === last.speaker?.start || !c.attributedAfter)
    ) {
      last.end = c.end;
      last.lastParagraph = c.lastParagraph;
      if (c.attributedAfter) last.clauseEnd = c.clauseEnd;
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

/** "“…”\n\n- Bernie Sanders.": a paragraph of a dash and a name signs the quote before it. */
function signByNextParagraph(
  tokens: readonly Token[],
  paras: readonly Paragraph[],
  candidates: Candidate[],
): void {
  for (const c of candidates) {
    const next = paras[c.lastParagraph + 1];
    if (c.speaker !== null || !next) continue;
    const line = clauseAfter(tokens, next.start, next.end);
    if (line.length < 2 || line.length > 8) continue;
    const dash = line[0] as Token;
    if (!/^[—–―-]$/u.test(dash.text)) continue;
    const signed = attributionAfter(line, false);
    if (signed?.speaker) c.speaker = signed.speaker;
  }
}

/**
 * An unattributed quote right after an attributed one (same or next paragraph) continues it;
 * otherwise it takes its weaker guess (the holder of the report in the sentence before it).
 */
function carrySpeakers(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i += 1) {
    const c = candidates[i] as Candidate;
    const prev = candidates[i - 1];
    if (c.speaker !== null) continue;
    if (prev && prev.speaker !== null && c.paragraph - prev.lastParagraph <= 1) c.speaker = prev.speaker;
    else c.speaker = c.fallback ?? null;
  }
}

function resolveSpeaker(
  phrase: SpeakerPhrase,
  mentions: readonly NameMention[],
  surnames: ReadonlyMap<string, readonly NameMention[]>,
): Speaker {
  let name = phrase.name;
  if (phrase.kind === "pronoun" && RESOLVABLE_PRONOUNS.has(phrase.name.toLowerCase()))
    name = nearestBefore(mentions, phrase.start)?.name ?? phrase.name;
  else if (phrase.kind === "name" && !name.includes(" "))
    name = fullNameFor(surnames, name, phrase.start) ?? name;
  return { start: phrase.start, end: phrase.end, name, role: phrase.role };
}
