// Splits a query definition into operators, parentheses and raw terms. Operators are recognised
// only in upper case (AND, OR, NOT, NEAR/n): lower-case "and"/"or"/"not" are ordinary words, so
// phrases like `rock and roll` keep working, but they produce a warning because they are usually
// a mistake.
import { MAX_NEAR_DISTANCE } from "./ast.ts";
import { QuerySyntaxError } from "./errors.ts";
import { type QueryField, refuseForeignSyntax } from "./foreign-syntax.ts";

export type LexToken =
  | { type: "lparen" | "rparen" | "and" | "or" | "not" | "eof"; offset: number; length: number }
  | { type: "near"; distance: number; offset: number; length: number }
  /** `title:` or `text:` before a term, phrase or group: restricts it to that field. */
  | { type: "field"; field: QueryField; offset: number; length: number }
  | {
      type: "term";
      /** The term text, without quotes. */
      raw: string;
      quoted: boolean;
      /** Offset of `raw` in the source (after the opening quote, if any). */
      rawOffset: number;
      /** Lucene proximity, `"a b"~N`: the two words within N positions (read as a NEAR/N b). */
      proximity?: number;
      offset: number;
      length: number;
    };

export type TermToken = Extract<LexToken, { type: "term" }>;

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
const FIELD = /^(title|text):/i;
const PROXIMITY = /^~([0-9]+)$/;

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
      const term: TermToken = {
        type: "term",
        raw,
        quoted: true,
        rawOffset: i + 1,
        offset: i,
        length: end + 1 - i,
      };
      i = end + 1;
      // Lucene proximity right after the closing quote: "a b"~5.
      if (source.charAt(i) === "~") {
        let stop = i + 1;
        while (stop < source.length && !isDelimiter(source.charAt(stop))) stop++;
        const chunk = source.slice(i, stop);
        const distance = PROXIMITY.exec(chunk)?.[1];
        if (distance === undefined) {
          throw new QuerySyntaxError(
            i,
            chunk.length,
            (at) =>
              `"${chunk}" at ${at}: proximity takes a whole number, e.g. "tiktok ban"~5 (or write tiktok NEAR/5 ban)`,
          );
        }
        term.proximity = Number(distance);
        term.length = stop - term.offset;
        i = stop;
      }
      tokens.push(term);
    } else {
      let end = i + 1;
      while (end < source.length && !isDelimiter(source.charAt(end))) end++;
      // title:x, title:"a b", title:(a OR b): each prefix is its own token.
      for (
        let field = FIELD.exec(source.slice(i, end));
        field?.[1];
        field = FIELD.exec(source.slice(i, end))
      ) {
        const length = field[0].length;
        tokens.push({ type: "field", field: field[1].toLowerCase() as QueryField, offset: i, length });
        i += length;
      }
      if (i < end) tokens.push(classifyChunk(source.slice(i, end), i, warnings));
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
  refuseForeignSyntax(chunk, offset);
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
