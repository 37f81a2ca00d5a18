// A plain regular-expression baseline: text between a pair of double quotation marks with at least
// three words is a quote; its speaker is the capitalised name or pronoun right next to "said"/"says"
// just after the closing mark.
import type { PredictedQuote } from "./score.ts";

const QUOTE = /[“"]([^“”"\n]+)[”"]/gu;
const SPEAKER_AFTER =
  /^,?\s*(?:(?:said|says)\s+((?:[A-Z][\w.'-]*\s?)+)|((?:[A-Z][\w.'-]*\s?)+|he|she|they)\s+(?:said|says))/u;

export function baselineQuotes(text: string): PredictedQuote[] {
  const out: PredictedQuote[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const inner = match[1] ?? "";
    if (inner.trim().split(/\s+/u).length < 3) continue;
    const start = match.index;
    const end = start + match[0].length;
    out.push({ start, end, speaker: speakerAfter(text, end) });
  }
  return out;
}

function speakerAfter(text: string, at: number): PredictedQuote["speaker"] {
  const rest = text.slice(at, at + 120);
  const m = SPEAKER_AFTER.exec(rest);
  if (!m) return null;
  const name = (m[1] ?? m[2] ?? "").trim();
  if (name === "") return null;
  const offset = at + rest.indexOf(name, m[0].startsWith(",") ? 1 : 0);
  return { start: offset, end: offset + name.length };
}

// The baseline the figure (.915 F1, 22% speaker) was calibrated against (docs/quotes.md,
// "quoted" measure): text between a pair of double quotation marks — “…”, "…" or the doubled
// apostrophes ''…'' some newspapers print — with at least two words; its speaker is a capitalised
// name or he/she/they directly followed by "said"/"says" right after the closing mark.
const ANY_DOUBLE_QUOTE = /[“"][^“”"\n]+[”"]|''(?:(?!'')[^\n])+''/gu;
const NAME_SAID_AFTER = /^,?\s*((?:[A-Z][\w.'-]*\s?)+|he|she|they)\s+(?:said|says)\b/u;

export function calibratedBaselineQuotes(text: string): PredictedQuote[] {
  const out: PredictedQuote[] = [];
  for (const match of text.matchAll(ANY_DOUBLE_QUOTE)) {
    const inner = match[0].replace(/^(?:''|.)|(?:''|.)$/gu, "");
    if (inner.trim().split(/\s+/u).filter(Boolean).length < 2) continue;
    const start = match.index;
    const end = start + match[0].length;
    out.push({ start, end, speaker: nameSaidAfter(text, end) });
  }
  return out;
}

function nameSaidAfter(text: string, at: number): PredictedQuote["speaker"] {
  const rest = text.slice(at, at + 120);
  const m = NAME_SAID_AFTER.exec(rest);
  const name = (m?.[1] ?? "").trim();
  if (!m || name === "") return null;
  const offset = at + rest.indexOf(name, m[0].startsWith(",") ? 1 : 0);
  return { start: offset, end: offset + name.length };
}
