// Keyword in context for a plain search: the one or two passages of each listed article where the
// search terms occur, with the terms marked, as Postgres's ts_headline finds them for the same
// query the list was searched with. Read only for the page's rows, never for all matches.
import type { Db } from "@tidemark/db";

/** A passage split into plain text and the matched terms. */
export type SnippetPart = { text: string; hit: boolean };

/** Private-use characters as match markers: they cannot clash with markup in the text. */
const START = "\uE000";
const STOP = "\uE001";
/** Only the first this-many characters of a long text are searched for a passage. */
const SNIPPET_SCAN_CHARS = 50_000;

export function splitMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of marked.split(START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, hit: false });
      continue;
    }
    const [hit = "", ...rest] = chunk.split(STOP);
    if (hit) parts.push({ text: hit, hit: true });
    const tail = rest.join("");
    if (tail) parts.push({ text: tail, hit: false });
  }
  return parts;
}

export async function searchSnippets(
  db: Db,
  articleIds: readonly string[],
  q: string,
): Promise<Map<string, SnippetPart[]>> {
  const out = new Map<string, SnippetPart[]>();
  if (articleIds.length === 0 || !q.trim()) return out;
  const options = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=12, ShortWord=2, FragmentDelimiter=" … "`;
  const rows = await db.$queryRaw<{ id: string; snippet: string | null }[]>`
    SELECT id::text AS id,
           ts_headline('simple', left(coalesce(text, ''), ${SNIPPET_SCAN_CHARS}),
                       websearch_to_tsquery('simple', ${q}), ${options}) AS snippet
    FROM articles WHERE id = ANY(CAST(${[...articleIds]} AS uuid[])) AND text IS NOT NULL`;
  for (const row of rows) {
    // A passage without a marked term (the match was in the title only) says nothing: skip it.
    if (!row.snippet?.includes(START)) continue;
    out.set(row.id, splitMarked(row.snippet.replace(/\s+/g, " ").trim()));
  }
  return out;
}
