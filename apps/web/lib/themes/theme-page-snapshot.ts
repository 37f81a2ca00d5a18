// The figures of a theme's page that must agree with each other — the series (matching count,
// share, chart, numbers table), spikes, top sources and the matching articles with their count
// and evidence — read in one snapshot (lib/db/read-snapshot.ts), with the theme's series version
// read in that snapshot too. During a backfill a batch commits every few hundred milliseconds;
// read one after the other, the page could show "0 matching, 0%" beside a list of 3 matches.
import { cappedArticleCount, listArticles } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import { detectSpikes, sourceThemeShares } from "@tidemark/themes/analytics";
import { coverageSeries } from "@tidemark/themes/series";
import { articleListSchema } from "@/lib/articles/list-params";
import { evidenceForRows } from "@/lib/articles/row-evidence";
import { readSnapshot } from "@/lib/db/read-snapshot";
import { rawParams } from "@/lib/search-params/raw-query";
import { countedArticlesQuery } from "./counted-articles-href";
import { type ResolvedRange, seriesRange } from "./range-query";

export const MATCHING_LIST_LIMIT = 8;

export type ThemePageSnapshot = Awaited<ReturnType<typeof themePageSnapshot>>;

export async function themePageSnapshot(
  db: Db,
  themeId: string,
  range: ResolvedRange,
  /** Called between the series and the other reads; tests commit a backfill there. */
  afterSeries?: () => Promise<void>,
) {
  return readSnapshot(db, async (snap) => {
    const theme = await snap.theme.findUnique({ where: { id: themeId }, select: { seriesVersionId: true } });
    const seriesVersionId = theme?.seriesVersionId ?? null;
    const series = await coverageSeries(snap, { ...seriesRange(range), themeIds: [themeId] });
    await afterSeries?.();
    const spikes = await detectSpikes(snap, {
      ...seriesRange(range),
      themeIds: [themeId],
      articlesPerSpike: 5,
    });
    const sources = await sourceThemeShares(snap, { ...seriesRange(range), themeIds: [themeId], limit: 50 });
    const query = countedArticlesQuery(themeId, range);
    const params = articleListSchema.parse({ ...rawParams(query), limit: String(MATCHING_LIST_LIMIT) });
    const filters = { params, themeVersions: [seriesVersionId] };
    const count = await cappedArticleCount(snap, filters);
    const page = await listArticles(snap, filters, { fewMatches: !count.capped });
    const evidence = await evidenceForRows(
      snap,
      page.rows.map((r) => r.id),
      seriesVersionId ? [seriesVersionId] : [],
    );
    return {
      seriesVersionId,
      series,
      spikes,
      sources,
      matching: { query: query.toString(), count, rows: page.rows, evidence },
    };
  });
}
