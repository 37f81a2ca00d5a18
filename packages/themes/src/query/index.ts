// Theme query language: parse, format, match with evidence, and prefilter in PostgreSQL.
// The reference for analysts is docs/themes.md, "Query language".
export type {
  AndNode,
  LiteralNode,
  NearNode,
  NearOperand,
  NotNode,
  OrNode,
  QueryNode,
  WordPattern,
} from "./ast.ts";
export { MAX_NEAR_DISTANCE, MAX_QUERY_LENGTH, MIN_PREFIX_LENGTH } from "./ast.ts";
export {
  type CompiledQuery,
  compileQuery,
  DEFAULT_MAX_EVIDENCE,
  type MatchedSpan,
  type MatchOptions,
  type MatchResult,
  TITLE_WEIGHT,
} from "./compile.ts";
export type { QueryDiagnostic } from "./errors.ts";
export type { Evidence } from "./evidence.ts";
export { toExactTsQuery } from "./exact-tsquery.ts";
export { QUERY_FIELDS, type QueryField } from "./foreign-syntax.ts";
export { formatLiteral, formatQuery } from "./format.ts";
export { type ParseResult, parseQuery } from "./parser.ts";
export { positiveTerms } from "./terms.ts";
export {
  type DocumentInput,
  type FieldName,
  PreparedDocument,
  PreparedField,
  prepareDocument,
} from "./tokenize-document.ts";
export { prefilterTsVectorSql, toTsQuery } from "./tsquery.ts";
