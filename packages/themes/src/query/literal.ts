// Turns a raw term or phrase from the query into normalised word patterns, using the same
// tokenizer as documents, and validates wildcards.
import { type LiteralNode, MIN_PREFIX_LENGTH, type WordPattern } from "./ast.ts";
import { charClass, WORD } from "./char-classes.ts";
import { QuerySyntaxError } from "./errors.ts";
import { tokenize } from "./tokenize.ts";

export interface RawTerm {
  raw: string;
  quoted: boolean;
  /** Offset of `raw` in the query source. */
  rawOffset: number;
  /** Offset and length of the whole term (including quotes) in the query source. */
  offset: number;
  length: number;
}

// Operators from other search syntaxes; a term made only of these is almost certainly meant as one.
const FOREIGN_OPERATORS = new Set(["&", "&&", "|", "||", "!", "-", "+", "~"]);

function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const STARS = new Set([0x2a, 0xff0a]); // "*" and full-width "＊"

export function buildLiteral(term: RawTerm): LiteralNode {
  const raw = term.raw;
  const tokens = tokenize(raw);
  const prefixAt = new Set<number>();

  for (let k = 0; k < raw.length; k++) {
    if (!STARS.has(raw.charCodeAt(k))) continue;
    // Valid only right after a word (a token ends here) and not followed by more word.
    const tokenIndex = tokens.ends.indexOf(k);
    const next = raw.codePointAt(k + 1);
    const followedByWord = next !== undefined && (STARS.has(next) || (charClass(next) & WORD) !== 0);
    const at = term.rawOffset + k;
    if (tokenIndex < 0 || followedByWord) {
      throw new QuerySyntaxError(
        at,
        1,
        (where) => `Wildcards are only allowed at the end of a word (the * at ${where})`,
      );
    }
    if (tokens.unsegmented[tokenIndex]) continue; // CJK terms already match as substrings
    if (codePointLength(tokens.words[tokenIndex] ?? "") < MIN_PREFIX_LENGTH) {
      throw new QuerySyntaxError(
        at,
        1,
        (where) =>
          `A wildcard needs at least ${MIN_PREFIX_LENGTH} letters or digits before the * at ${where}`,
      );
    }
    prefixAt.add(tokenIndex);
  }

  if (tokens.words.length === 0) throw emptyLiteral(term);
  const words: WordPattern[] = tokens.words.map((word, index) => ({
    text: word,
    prefix: prefixAt.has(index),
    unsegmented: tokens.unsegmented[index] ?? false,
  }));
  return {
    kind: "literal",
    words,
    quoted: term.quoted,
    raw: term.raw,
    offset: term.offset,
    length: term.length,
  };
}

function emptyLiteral(term: RawTerm): QuerySyntaxError {
  const raw = term.raw;
  if (term.quoted && raw.trim() === "") {
    return new QuerySyntaxError(term.offset, term.length, (at) => `Empty phrase at ${at}`);
  }
  if (!term.quoted && FOREIGN_OPERATORS.has(raw)) {
    return new QuerySyntaxError(
      term.offset,
      term.length,
      (at) => `"${raw}" at ${at} is not an operator here; use AND, OR or NOT (upper-case)`,
    );
  }
  return new QuerySyntaxError(
    term.offset,
    term.length,
    (at) => `${term.quoted ? "Phrase" : "Term"} "${raw}" at ${at} contains no letters or digits`,
  );
}
