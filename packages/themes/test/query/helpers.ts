import { type CompiledQuery, compileQuery, parseQuery } from "../../src/query/index.ts";

export function matcher(source: string): CompiledQuery {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`query ${source} does not parse: ${result.error.message}`);
  return compileQuery(result.ast);
}

/** Texts of the matched spans, in document order, sliced from the original strings. */
export function spanTexts(source: string, doc: { title: string; text: string }): string[] | null {
  const result = matcher(source).match(doc);
  if (!result) return null;
  return result.spans.map((s) => (s.field === "title" ? doc.title : doc.text).slice(s.start, s.end));
}
