// The themes list: every theme with the version its numbers come from, any backfill in progress,
// its hits and share of coverage over the range, and the series behind its sparkline.
import type { Db } from "@tidemark/db";
import type { CoverageSeries } from "@tidemark/themes/series";
import { rangeTotals, seriesForThemes } from "./all-theme-series";
import { type ActiveBackfill, activeBackfills } from "./backfill-status";
import type { ResolvedRange } from "./range-query";

export interface ThemeSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  color: string;
  kind: string;
  active: boolean;
  seriesVersion: number | null;
  currentVersion: number | null;
  backfill: ActiveBackfill | null;
  hits: number;
  share: number | null;
  shares: (number | null)[];
  counts: number[];
}

export async function themeSummaries(
  db: Db,
  range: ResolvedRange,
): Promise<{ themes: ThemeSummary[]; series: CoverageSeries | null }> {
  const themes = await db.theme.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      color: true,
      kind: true,
      active: true,
      seriesVersion: { select: { version: true } },
      currentVersion: { select: { version: true } },
    },
  });
  const [series, backfills] = await Promise.all([
    seriesForThemes(
      db,
      themes.map((t) => t.id),
      range,
    ),
    activeBackfills(db),
  ]);
  const byId = new Map(series?.themes.map((t) => [t.themeId, t]) ?? []);
  return {
    series,
    themes: themes.map((t) => {
      const s = byId.get(t.id);
      const totals = series && s ? rangeTotals(series, s.counts) : { hits: 0, share: null };
      return {
        id: t.id,
        slug: t.slug,
        name: t.name,
        description: t.description,
        color: t.color,
        kind: t.kind,
        active: t.active,
        seriesVersion: t.seriesVersion?.version ?? null,
        currentVersion: t.currentVersion?.version ?? null,
        backfill: backfills.get(t.id) ?? null,
        hits: totals.hits,
        share: totals.share,
        shares: s?.shares ?? [],
        counts: s?.counts ?? [],
      };
    }),
  };
}
