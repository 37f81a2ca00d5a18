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
