// Quotations inside sentences that report a view, a judgement or a statement without a verb of
// saying next to them: "Doe believes the plan is “reckless”", "Doe accused Smith of “lying”",
// "The plan is “reckless,” in Doe's view". The quotation is the holder's words; the holder is the
// phrase before the cue, else the sentence's subject.
import { isNounPosition, subjectOf } from "./attribution.ts";
import { REPORTING_CUES, REPORTING_NOUNS } from "./cues.ts";
import { SPEECH_VERBS } from "./lexicon.ts";
import { phraseAfter, phraseBefore, type SpeakerPhrase } from "./speaker-phrase.ts";
import type { Token } from "./tokens.ts";

const NAMING =
  /^(?:call|calls|called|calling|label|labels|labeled|labelled|dub|dubs|dubbed|brand|brands|branded|term|terms|termed)$/u;

/** Verbs of saying that are also nouns naming what was said. */
const NOUN_CUES =
  /^(?:claim|claims|comment|comments|answer|reply|response|warning|promise|pledge|vow|charge|charges|quote|remark|remarks|post|tweet|tweets|report|statement|call|calls)$/u;

/** A cue used as a noun: a listed noun, or a verb of saying after an article or possessive. */
function isNounCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return REPORTING_NOUNS.has(t.lower) || (SPEECH_VERBS.has(t.lower) && isNounPosition(tokens, i));
}

function isCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== "word" || t.text !== t.lower) return false;
  if (REPORTING_CUES.has(t.lower) && !SPEECH_VERBS.has(t.lower)) return true;
  // A verb of saying used as a noun still reports words: "Doe's claim that “…”".
  if (SPEECH_VERBS.has(t.lower) && isNounPosition(tokens, i)) return NOUN_CUES.test(t.lower);
  return (SPEECH_VERBS.has(t.lower) || NAMING.test(t.lower)) && !isNounPosition(tokens, i);
}

/**
 * The attribution of a quotation whose sentence (`before` the quotation, `after` it) holds a
 * reporting cue, or undefined when it holds none. The speaker may be null (a cue but no holder).
 */
export function reportedAttribution(
  before: readonly Token[],
  after: readonly Token[],
): { readonly speaker: SpeakerPhrase | null } | undefined {
  for (let v = before.length - 1; v >= 0; v -= 1) {
    if (!isCue(before, v)) continue;
    if (isAccordingTo(before, v)) return { speaker: sourceAfterAccordingTo(before, v) };
    // A noun cue after an article or adjective ("coined a new phrase") names no holder before it.
    const noun = isNounCue(before, v) && !/['’]s$|^(?:his|her|their|its)$/u.test(before[v - 1]?.lower ?? "");
    const speaker = (noun ? null : phraseBefore(before, v, 0)) ?? subjectOf(before, v);
    return { speaker };
  }
  const cue = after.findIndex((_, i) => isCue(after, i));
  if (cue < 0) return undefined;
  return { speaker: speakerAroundLaterCue(after, cue) ?? subjectOf(before, before.length) };
}

/**
 * The speaker named next to a verb of saying that follows the quotation in its sentence:
 * "… “profoundly irresponsible,” said Jane Doe, a senior director at …" or "…, Jane Doe said".
 */
function speakerAroundLaterCue(after: readonly Token[], cue: number): SpeakerPhrase | null {
  if (isAccordingTo(after, cue)) return sourceAfterAccordingTo(after, cue);
  if (!SPEECH_VERBS.has((after[cue] as Token).lower)) return null;
  const inverted = after[cue - 1]?.text === "," || cue === 0;
  if (inverted) {
    const named = phraseAfter(after, cue + 1, after.length);
    if (named && named.kind !== "pronoun") return named;
  }
  return phraseBefore(after, cue, Math.max(0, cue - 8));
}

function isAccordingTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to";
}

/** "according to the budget office": the phrase after "to", up to the next punctuation. */
function sourceAfterAccordingTo(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const named = phraseAfter(tokens, i + 2, tokens.length);
  if (named) return named;
  const words: Token[] = [];
  for (let k = i + 2; k < tokens.length && words.length < 8; k += 1) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    words.push(t);
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const name = words.map((t) => t.text).join(" ");
  return { start: first.start, end: last.end, name, role: null, kind: "description" };
}
