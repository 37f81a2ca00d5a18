// Splits a query definition into operators, parentheses and raw terms. Operators are recognised
// only in upper case (AND, OR, NOT, NEAR/n): lower-case "and"/"or"/"not" are ordinary words, so
// phrases like `rock and roll` keep working, but they produce a warning because they are usually
// a mistake.
import { MAX_NEAR_DISTANCE } from "./ast.ts";
import { QuerySyntaxError } from "./errors.ts";

export type LexToken =
  | { type: "lparen" | "rparen" | "and" | "or" | "not" | "eof"; offset: number; length: number }
  | { type: "near"; distance: number; offset: number; length: number }
  | {
      type: "term";
      /** The term text, without quotes. */
      raw: string;
      quoted: boolean;
      /** Offset of `raw` in the source (after the opening quote, if any). */
      rawOffset: number;
      offset: number;
      length: number;
    };

export interface LexWarning {
  offset: number;
  length: number;
  message: (where: string) => string;
}

const OPEN_PARENS = new Set(["(", "\uff08"]);
const CLOSE_PARENS = new Set([")", "\uff09"]);
// Straight, curly and full-width double quotes: analysts paste queries from word processors.
const QUOTES = new Set(['"', "\u201c", "\u201d", "\u201e", "\u201f", "\uff02"]);
const SPACE = /\s/u;
const NEAR = /^NEAR(?:\/(.*))?$/;
const DIGITS = /^[0-9]+$/;
const LOWER_OPERATOR = /^(?:and|or|not)$/i;
const LOWER_NEAR = /^near\/[0-9]+$/i;

function isDelimiter(ch: string): boolean {
  return SPACE.test(ch) || OPEN_PARENS.has(ch) || CLOSE_PARENS.has(ch) || QUOTES.has(ch);
}

function nearToken(chunk: string, offset: number): LexToken | undefined {
  const near = NEAR.exec(chunk);
  if (!near) return undefined;
  const length = chunk.length;
  const distance = near[1];
  if (distance === undefined || distance === "") {
    throw new QuerySyntaxError(offset, length, (at) => `NEAR needs a distance, e.g. NEAR/10, at ${at}`);
  }
  const value = DIGITS.test(distance) ? Number(distance) : Number.NaN;
  if (!(value >= 1 && value <= MAX_NEAR_DISTANCE)) {
    throw new QuerySyntaxError(
      offset,
      length,
      (at) => `NEAR distance must be a whole number from 1 to ${MAX_NEAR_DISTANCE}, at ${at}`,
    );
  }
  return { type: "near", distance: value, offset, length };
}

export function lex(source: string, warnings: LexWarning[]): LexToken[] {
  const tokens: LexToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (SPACE.test(ch)) {
      i++;
    } else if (OPEN_PARENS.has(ch)) {
      tokens.push({ type: "lparen", offset: i, length: 1 });
      i++;
    } else if (CLOSE_PARENS.has(ch)) {
      tokens.push({ type: "rparen", offset: i, length: 1 });
      i++;
    } else if (QUOTES.has(ch)) {
      let end = i + 1;
      while (end < source.length && !QUOTES.has(source.charAt(end))) end++;
      if (end >= source.length) {
        throw new QuerySyntaxError(i, source.length - i, (at) => `Unclosed quote starting at ${at}`);
      }
      const raw = source.slice(i + 1, end);
      tokens.push({ type: "term", raw, quoted: true, rawOffset: i + 1, offset: i, length: end + 1 - i });
      i = end + 1;
    } else {
      let end = i + 1;
      while (end < source.length && !isDelimiter(source.charAt(end))) end++;
      tokens.push(classifyChunk(source.slice(i, end), i, warnings));
      i = end;
    }
  }
  tokens.push({ type: "eof", offset: source.length, length: 0 });
  return tokens;
}

function classifyChunk(chunk: string, offset: number, warnings: LexWarning[]): LexToken {
  const length = chunk.length;
  if (chunk === "AND") return { type: "and", offset, length };
  if (chunk === "OR") return { type: "or", offset, length };
  if (chunk === "NOT") return { type: "not", offset, length };
  const near = nearToken(chunk, offset);
  if (near) return near;
  if (LOWER_OPERATOR.test(chunk) || LOWER_NEAR.test(chunk)) {
    const upper = chunk.toUpperCase();
    warnings.push({
      offset,
      length,
      message: (at) =>
        `"${chunk}" at ${at} is searched for as a word; operators must be upper-case (${upper})`,
    });
  }
  return { type: "term", raw: chunk, quoted: false, rawOffset: offset, offset, length };
}
