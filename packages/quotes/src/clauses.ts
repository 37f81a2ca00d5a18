// The clause right before and right after a quoted segment: the tokens between it and the nearest
// sentence end, paragraph edge or neighbouring quote.
import type { Token } from "./tokens.ts";

const SENTENCE_END = new Set([".", "!", "?", ";"]);

/** A sentence-ending mark, unless it closes an abbreviation inside parentheses ("(R-Fla.)"). */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  return SENTENCE_END.has((tokens[i] as Token).text) && tokens[i + 1]?.text !== ")";
}

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
    if (t.start < floor || endsSentence(tokens, start - 1)) break;
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
    if (t.end > ceiling || endsSentence(tokens, end)) break;
    end += 1;
  }
  return tokens.slice(start, end);
}
