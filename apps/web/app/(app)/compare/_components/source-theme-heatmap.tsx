// Which outlets cover which themes: each cell is the theme's share of that outlet's articles,
// shaded against the largest share in the table, with the overall share in the first row.
import type { SourceThemeResult } from "@tidemark/themes/analytics";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { sourceLabel } from "@/lib/articles/list-sources";
import { requireUser } from "@/lib/auth/authenticate";
import { HEATMAP_SOURCES } from "@/lib/compare/compare-figures";
import { formatCount, formatShare } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { HeatCell } from "./heat-cell";

interface Props {
  themes: { id: string; name: string; color: string }[];
  /** Read in the page's snapshot (lib/compare/compare-figures.ts), for these themes. */
  result: Promise<SourceThemeResult | null>;
  range: ResolvedRange;
  query: string;
}

export async function SourceThemeHeatmap({ themes, result: pending, range, query }: Props) {
  // The page read the data after its own check; a streamed section checks too (cached per request).
  await requireUser();
  const result = await pending;
  if (!result) return null;
  const max = Math.max(0, ...result.sources.flatMap((s) => s.themes.map((t) => t.share ?? 0)));
  return (
    <Card>
      <CardHeader
        title="Source × theme"
        description={`Share of each outlet's dated articles that hit the theme (the ${HEATMAP_SOURCES} outlets with most articles). Click a cell for its articles.`}
        actions={<ExportMenu dataset="source-themes" query={query} />}
      />
      {result.sources.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No articles with a source in this range" />
        </div>
      ) : (
        <div className="overflow-x-auto p-4">
          <table className="border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1 text-left text-xs font-semibold text-slate-600">
                  Source (articles)
                </th>
                {themes.map((t) => (
                  <th
                    key={t.id}
                    scope="col"
                    className="max-w-28 px-2 py-1 text-center text-xs font-semibold text-slate-700"
                  >
                    <span
                      className="mr-1 inline-block size-2 rounded-full"
                      style={{ backgroundColor: t.color }}
                      aria-hidden="true"
                    />
                    {t.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="border-b-2 border-slate-300">
                <th scope="row" className="px-2 py-1 text-left font-semibold">
                  All sources ({formatCount(result.overall.articles)})
                </th>
                {result.overall.themes.map((t, i) => (
                  <HeatCell
                    key={t.themeId}
                    intensity={max > 0 ? (t.share ?? 0) / max : null}
                    href={countedArticlesHref(t.themeId, range)}
                    label={`All sources, ${themes[i]?.name}: ${formatShare(t.share)} (${t.hits} articles)`}
                  >
                    {formatShare(t.share)}
                  </HeatCell>
                ))}
              </tr>
              {result.sources.map((s) => (
                <tr key={s.sourceId}>
                  <th scope="row" className="max-w-56 truncate px-2 py-1 text-left font-normal">
                    {sourceLabel(s)}{" "}
                    <span className="text-xs text-slate-500">({formatCount(s.articles)})</span>
                  </th>
                  {s.themes.map((t, i) => (
                    <HeatCell
                      key={t.themeId}
                      intensity={max > 0 ? (t.share ?? 0) / max : null}
                      href={
                        t.hits > 0
                          ? countedArticlesHref(t.themeId, {
                              ...range,
                              sourceIds: [s.sourceId],
                              collectionIds: undefined,
                            })
                          : undefined
                      }
                      label={`${sourceLabel(s)}, ${themes[i]?.name}: ${formatShare(t.share)} (${t.hits} of ${s.articles} articles)`}
                    >
                      {formatShare(t.share)}
                    </HeatCell>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
