// Which outlets cover which themes (from the per-source aggregates; from the rows only for a zone
// off the quarter-hour grid): for the sources with the most counted, dated articles in the
// range, each theme's hits and share (hits / the source's articles), next to the overall share
// so an outlet's emphasis can be read against the average. Articles without a source count in
// the overall numbers only.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import { seriesParamsSchema } from "../series/params.ts";
import { localRangeInstants } from "../series/range-bounds.ts";
import { bucketSegments } from "../series/segments.ts";
import { seriesThemes, versionIdsOf } from "./series-themes.ts";
import { sourceThemeCountsFromAggregates } from "./source-theme-aggregates-query.ts";
import { sourceThemeCounts } from "./source-theme-query.ts";

export const sourceThemeParamsSchema = seriesParamsSchema.and(
  z.object({
    /** How many sources, by article count in the range (ties by source key). */
    limit: z.number().int().min(1).max(500).default(20),
  }),
);

export type SourceThemeParams = z.output<typeof sourceThemeParamsSchema>;

export interface ThemeShare {
  themeId: string;
  hits: number;
  /** hits / articles; null when there are no articles. */
  share: number | null;
}

export interface SourceThemeShares {
  sourceId: string;
  key: string;
  name: string | null;
  domain: string | null;
  articles: number;
  themes: ThemeShare[];
}

export interface SourceThemeResult {
  params: SourceThemeParams;
  themes: { themeId: string; slug: string; name: string; versionId: string | null }[];
  overall: { articles: number; themes: ThemeShare[] };
  /** Most articles first. */
  sources: SourceThemeShares[];
}

export async function sourceThemeShares(
  db: Db,
  input: z.input<typeof sourceThemeParamsSchema>,
): Promise<SourceThemeResult> {
  const params = sourceThemeParamsSchema.parse(input);
  const themes = await seriesThemes(db, params.themeIds);
  const versionIds = versionIdsOf(themes);
  const bounds = await localRangeInstants(db, params);
  const segments = bucketSegments({
    ...bounds,
    buckets: [params.from],
    edges: [bounds.fromUtc, bounds.toUtc],
  });
  const rows = segments
    ? await sourceThemeCountsFromAggregates(db, params, bounds, segments, versionIds, params.limit)
    : await sourceThemeCounts(db, params, versionIds, params.limit);

  let overallArticles = 0;
  const overallHits = new Map<string, number>();
  const sources = new Map<string, { row: (typeof rows)[number]; hits: Map<string, number> }>();
  for (const row of rows) {
    if (row.source_id === null) {
      if (row.version === null) overallArticles = row.articles;
      else overallHits.set(row.version, row.hits);
      continue;
    }
    const entry = sources.get(row.source_id) ?? { row, hits: new Map<string, number>() };
    if (row.version !== null) entry.hits.set(row.version, row.hits);
    sources.set(row.source_id, entry);
  }
  const shares = (articles: number, hits: Map<string, number>): ThemeShare[] =>
    themes.map((t) => {
      const n = t.versionId ? (hits.get(t.versionId) ?? 0) : 0;
      return { themeId: t.themeId, hits: n, share: articles > 0 ? n / articles : null };
    });

  return {
    params,
    themes,
    overall: { articles: overallArticles, themes: shares(overallArticles, overallHits) },
    sources: [...sources.values()]
      .map(({ row, hits }) => ({
        sourceId: row.source_id ?? "",
        key: row.source_key ?? "",
        name: row.source_name,
        domain: row.source_domain,
        articles: row.articles,
        themes: shares(row.articles, hits),
      }))
      .sort((a, b) => b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
