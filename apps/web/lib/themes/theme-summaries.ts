// The themes list: every theme with the version its numbers come from, any backfill in progress,
// its hits and share of coverage over the range, and the series behind its sparkline.
import type { Db, Prisma } from "@tidemark/db";
import type { CoverageSeries } from "@tidemark/themes/series";
import { z } from "zod";
import { singleParam } from "@/lib/search-params/schemas";
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

/** Which themes a list shows: one kind, and a search over name, slug and description. */
export const themeListFilterSchema = z.object({
  kind: singleParam(z.enum(["theme", "organisation", "person", "place"]).optional().catch(undefined)),
  q: singleParam(z.string().trim().max(200).optional().catch(undefined)),
});
export type ThemeListFilter = z.output<typeof themeListFilterSchema>;

function themeWhere(filter: ThemeListFilter): Prisma.ThemeWhereInput {
  const q = filter.q?.trim();
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { slug: { contains: q, mode: "insensitive" } },
            { description: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

export async function themeSummaries(
  db: Db,
  range: ResolvedRange,
  filter: ThemeListFilter = {},
): Promise<{ themes: ThemeSummary[]; series: CoverageSeries | null }> {
  const themes = await db.theme.findMany({
    where: themeWhere(filter),
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
