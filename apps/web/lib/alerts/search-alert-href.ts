// "Alert me" on an article search: the new-rule form, filled with the search's query and, when
// the search is narrowed to exactly one collection or one source, that filter (a rule holds one).
export function searchAlertHref(params: {
  q?: string | undefined;
  source: readonly string[];
  collection?: readonly string[] | undefined;
}): string | null {
  const q = params.q?.trim();
  if (!q) return null;
  const query = new URLSearchParams({ query: q });
  const collections = params.collection ?? [];
  if (collections.length === 1 && params.source.length === 0)
    query.set("collection", collections[0] as string);
  else if (params.source.length === 1 && collections.length === 0)
    query.set("source", params.source[0] as string);
  return `/alerts/new?${query.toString()}`;
}
