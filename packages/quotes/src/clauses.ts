// The clause right before and right after a quoted segment: the tokens between it and the nearest
// sentence end, paragraph edge or neighbouring quote.
import type { Token } from "./tokens.ts";

const SENTENCE_END = new Set([".", "!", "?", ";"]);

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens from the sentence start (not before `floor`) up to `offset`. */
export function clauseBefore(tokens: readonly Token[], offset: number, floor: number): Token[] {
  const end = tokenAt(tokens, offset);
  let start = end;
  while (start > 0) {
    const t = tokens[start - 1] as Token;
    if (t.start < floor || SENTENCE_END.has(t.text)) break;
    start -= 1;
  }
  return tokens.slice(start, end);
}

/** Tokens from `offset` to the sentence end (not past `ceiling`). */
export function clauseAfter(tokens: readonly Token[], offset: number, ceiling: number): Token[] {
  const start = tokenAt(tokens, offset);
  let end = start;
  while (end < tokens.length) {
    const t = tokens[end] as Token;
    if (t.end > ceiling || SENTENCE_END.has(t.text)) break;
    end += 1;
  }
  return tokens.slice(start, end);
}
