// The link from a coverage number to the articles behind it: the theme(s), counted articles only,
// the period in the view's time zone, and the view's sources, so the list holds exactly what the
// number counted. Free of server imports: the chart (a client component) builds its links here.

/** The period and outlets a number covers; a ResolvedRange fits, and so does a bucket of one. */
export interface CountedRange {
  from: string;
  to: string;
  timezone: string;
  /** Only these outlets (the view's source filter); absent for all outlets. */
  sourceIds?: readonly string[];
  /** The view's source collections; then `givenSourceIds` are the sources asked for by id. */
  collectionIds?: readonly string[] | undefined;
  givenSourceIds?: readonly string[] | undefined;
}

/** Narrows the list further: `q` searches titles and texts (an emerging term). */
export interface CountedExtra {
  q?: string;
}

export function countedArticlesQuery(
  themeIds: string | readonly string[],
  range: CountedRange,
  extra: CountedExtra = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of typeof themeIds === "string" ? [themeIds] : themeIds) params.append("theme", id);
  params.set("status", "counted");
  params.set("from", range.from);
  params.set("to", range.to);
  params.set("tz", range.timezone);
  if (range.collectionIds) {
    for (const id of range.collectionIds) params.append("collection", id);
    for (const id of range.givenSourceIds ?? []) params.append("source", id);
  } else for (const id of range.sourceIds ?? []) params.append("source", id);
  params.set("sort", "published");
  if (extra.q) params.set("q", extra.q);
  return params;
}

export function countedArticlesHref(
  themeIds: string | readonly string[],
  range: CountedRange,
  extra: CountedExtra = {},
): string {
  return `/articles?${countedArticlesQuery(themeIds, range, extra).toString()}`;
}
