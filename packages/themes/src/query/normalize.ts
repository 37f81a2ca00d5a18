// Normalisation of text for matching: NFKC plus case folding, applied by the tokenizer to one
// small chunk (a character and the marks that compose with it) at a time, so the tokenizer can
// keep offsets into the original text. Results are cached: news text reuses few distinct chunks.

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

/**
 * Case folding close to Unicode NFKC_Casefold, limited to mappings PostgreSQL's lower() agrees
 * with: "İ" folds to plain "i" (PG does the same; JS would give "i̇"), and final sigma folds to σ
 * so "ΣΟΦΟΣ" and "σοφος" meet. "ß" is kept (lower() keeps it too), so "STRASSE" ≠ "straße".
 */
export function foldChunk(chunk: string): string {
  const cached = foldCache.get(chunk);
  if (cached !== undefined) return cached;
  const folded = chunk
    .normalize("NFKC")
    .replaceAll("\u0130", "i")
    .toLowerCase()
    .replaceAll("\u03c2", "\u03c3")
    .normalize("NFKC");
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(chunk, folded);
  return folded;
}
