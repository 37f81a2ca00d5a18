// Database prefilter: a PostgreSQL tsquery that every matching article satisfies (a superset
// filter), so previews only run the exact matcher on candidates.
//
// PostgreSQL's own parser disagrees with this module about words in ways that would make the
// filter drop true matches: "TikTok/Douyin" is one lexeme (a file path), "huawei.com" a host,
// "COVID-19" yields '-19', "ＴｉｋＴｏｋ" and "ﬁnance" are not NFKC-normalised. So the filter is
// defined against `prefilterTsVectorSql()`, which first rewrites the text the way our tokenizer
// sees it (NFKC, final sigma, ignorable characters dropped, every non-alphanumeric or CJK
// character turned into a space) and only then lets `to_tsvector('simple', …)` cut it into words.
import type { QueryNode, WordPattern } from "./ast.ts";
import {
  CHAR_LEXEME_RANGES,
  IGNORABLE_CODE_POINTS,
  isCharLexeme,
  isPrefilterSafe,
  PG_ONLY_ALNUM_RANGES,
  subtractRanges,
  UNSEGMENTED_RANGES,
} from "./char-classes.ts";

/** Longer words are left out of the filter (PostgreSQL ignores lexemes over 2047 bytes). */
const MAX_LEXEME_LENGTH = 100;
const LEXEME = /^[\p{L}\p{Nd}]+$/u;

interface Part {
  text: string;
  kind: "lexeme" | "and" | "or";
}

function isSafeWord(word: WordPattern): boolean {
  if (word.unsegmented || word.text.length > MAX_LEXEME_LENGTH || !LEXEME.test(word.text)) return false;
  for (const ch of word.text) if (!isPrefilterSafe(ch.codePointAt(0) ?? 0)) return false;
  return true;
}

/** Lexemes contain only letters and digits, so quoting needs no escaping and nothing can inject. */
function lexeme(word: WordPattern): Part {
  return { text: `'${word.text}'${word.prefix ? ":*" : ""}`, kind: "lexeme" };
}

/** A CJK character the prefilter vector indexes on its own (see CHAR_LEXEME_RANGES). */
function isIndexedCharacter(word: WordPattern): boolean {
  const cp = word.text.codePointAt(0) ?? 0;
  return word.unsegmented && [...word.text].length === 1 && isCharLexeme(cp);
}

function wordPart(word: WordPattern): Part | null {
  if (isSafeWord(word)) return lexeme(word);
  // Each indexed character is its own lexeme; "*" means nothing after such a character.
  if (isIndexedCharacter(word)) return { text: `'${word.text}'`, kind: "lexeme" };
  return null;
}

/** AND of the filterable parts; parts that cannot be filtered are dropped (still a superset). */
function all(parts: (Part | null)[]): Part | null {
  const seen = new Set<string>();
  const kept: Part[] = [];
  for (const part of parts) {
    if (part === null || seen.has(part.text)) continue;
    seen.add(part.text);
    kept.push(part);
  }
  const [first] = kept;
  if (first === undefined) return null;
  if (kept.length === 1) return first;
  return { text: kept.map((p) => (p.kind === "or" ? `(${p.text})` : p.text)).join(" & "), kind: "and" };
}

/** OR of the parts; if any alternative cannot be filtered, neither can the whole OR. */
function any(parts: (Part | null)[]): Part | null {
  const kept: Part[] = [];
  for (const part of parts) {
    if (part === null) return null;
    if (!kept.some((p) => p.text === part.text)) kept.push(part);
  }
  const [first] = kept;
  if (first === undefined) return null;
  if (kept.length === 1) return first;
  return { text: kept.map((p) => (p.kind === "and" ? `(${p.text})` : p.text)).join(" | "), kind: "or" };
}

function build(node: QueryNode): Part | null {
  switch (node.kind) {
    case "literal":
      // A phrase is at least all of its words (a CJK term all of its characters); words we cannot
      // express (rare scripts) drop out.
      return all(node.words.map(wordPart));
    case "and":
      return all(node.children.map(build));
    case "near":
      return all([build(node.left), build(node.right)]);
    case "or":
      return any(node.children.map(build));
    case "not":
      // Excluding in the prefilter could drop articles the matcher would accept (NOT is checked
      // per document, and the prefilter's words are coarser), so NOT filters nothing.
      return null;
  }
}

/**
 * A `to_tsquery('simple', …)` argument that every document matched by `ast` satisfies when
 * tested against `prefilterTsVectorSql(…)`; null when the query cannot be prefiltered (e.g. a CJK
 * term or an OR alternative with no filterable word). Pass it as a bind parameter.
 */
export function toTsQuery(ast: QueryNode): string | null {
  return build(ast)?.text ?? null;
}

function hex(cp: number): string {
  return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/**
 * The tsvector expression the prefilter is defined against, e.g.
 * `CREATE INDEX … USING gin ((${prefilterTsVectorSql("coalesce(title, '') || ' ' || text")}))`
 * and `WHERE ${prefilterTsVectorSql(…)} @@ to_tsquery('simple', $1)` with the same argument so
 * the index is used. Every function in it is IMMUTABLE. Requires a UTF-8 database whose
 * LC_CTYPE is a UTF-8 locale (C.UTF-8, en_US.UTF-8 …) so that lower() and [[:alnum:]] know
 * non-ASCII letters. `documentSql` is trusted SQL (a column expression), never user input.
 */
export function prefilterTsVectorSql(documentSql: string): string {
  const ignorable = IGNORABLE_CODE_POINTS.map(hex).join("");
  const classOf = (ranges: readonly (readonly [number, number])[]) =>
    ranges.map(([lo, hi]) => `${hex(lo)}-${hex(hi)}`).join("");
  const stripped = classOf([
    ...subtractRanges(UNSEGMENTED_RANGES, CHAR_LEXEME_RANGES),
    ...PG_ONLY_ALNUM_RANGES,
  ]);
  const characters = classOf(CHAR_LEXEME_RANGES);
  return (
    "to_tsvector('simple', regexp_replace(regexp_replace(" +
    `translate(normalize(${documentSql}, NFKC), E'\\u03c2${ignorable}', E'\\u03c3'), ` +
    `E'(?:[^[:alnum:]]|[${stripped}])+', ' ', 'g'), ` +
    `E'([${characters}])', E' \\\\1 ', 'g'))`
  );
}
