// Compare: several themes' coverage on one chart, which outlets cover which theme, and which
// themes are reported together.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { CoverageChart } from "@/components/charts/coverage-chart";
import { ExportMenu } from "@/components/export/export-menu";
import { RangeControls } from "@/components/themes/range-controls";
import { SeriesNumbers } from "@/components/themes/series-numbers";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { listSources } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import { compareFigures } from "@/lib/compare/compare-figures";
import { pickThemes } from "@/lib/compare/pick-themes";
import { formatDay } from "@/lib/format/dates";
import { listParam, type RawParams, toSearchParams } from "@/lib/search-params/schemas";
import { countNote, countNoun } from "@/lib/themes/count-labels";
import { distinctColors, seriesInColors } from "@/lib/themes/display-colors";
import { readMetric } from "@/lib/themes/metric";
import { rangeParams, readRange } from "@/lib/themes/read-range";
import { CooccurrenceMatrix } from "./_components/cooccurrence-matrix";
import { SourceThemeHeatmap } from "./_components/source-theme-heatmap";
import { ThemePicker } from "./_components/theme-picker";

export const metadata: Metadata = { title: "Compare" };

const themeList = listParam(z.string(), 24);

export default async function ComparePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db } = await authedDb();
  const raw = await searchParams;
  const { range, error } = await readRange(db, raw);
  const metric = readMetric(raw);
  const requested = themeList.safeParse(raw.theme);
  const wanted = requested.success ? requested.data : [];
  const [{ themes: all, series: allSeries, selectedIds, heatmap, cooccurrence }, sources] = await Promise.all(
    [
      // The summaries, the heatmap and the co-occurrence matrix from one snapshot; the two
      // sections stream in below as the snapshot reads them (lib/compare/compare-figures.ts).
      compareFigures(db, range, (themes) => pickThemes(themes, wanted)),
      listSources(db, 50),
    ],
  );
  // None of the requested themes exists (or none was asked for): the five largest are shown.
  const defaulted = !wanted.some((id) => all.some((t) => t.id === id));
  const colors = distinctColors(selectedIds.flatMap((id) => all.filter((t) => t.id === id)));
  // The same colours in the chart, the heatmap and the matrix.
  const selected = selectedIds
    .flatMap((id) => all.filter((t) => t.id === id))
    .map((t) => ({ ...t, color: colors.get(t.id) ?? t.color }));
  // The summaries read every theme's series already: show the selected ones' lines from it.
  const series = allSeries && seriesInColors(allSeries, colors);
  const query = toSearchParams({ ...rangeParams(range), theme: selectedIds }).toString();
  const keepForRange = { theme: selectedIds, ...(metric === "count" ? { metric } : {}) };
  const currentParams = { ...raw, theme: selectedIds };

  return (
    <>
      <PageHeader
        title="Compare themes"
        description="Several themes on one chart, their outlets and their overlap, over the same range."
        actions={
          <Link href="/compare/collections" className={buttonClasses("secondary")}>
            Compare collections
          </Link>
        }
      />
      {error && (
        <Alert tone="warning" className="mb-4">
          Some view settings were invalid and were reset: {error}
        </Alert>
      )}
      <div className="mb-4">
        <ThemePicker
          themes={all}
          selected={selectedIds}
          keep={{ ...rangeParams(range), ...(metric === "count" ? { metric } : {}) }}
        />
        {defaulted && selected.length > 0 && (
          <p className="mt-1 text-xs text-slate-500">
            Showing the themes with the largest share in the range (up to five).
          </p>
        )}
      </div>
      {selected.length === 0 || !series ? (
        <EmptyState title="No themes to compare yet">
          Create themes first, then pick two or more here.
        </EmptyState>
      ) : (
        <>
          <Card className="mb-6">
            <CardHeader
              title={metric === "share" ? "Share of coverage" : `${countNoun(range.count)} matching`}
              description={`${formatDay(range.from)} – ${formatDay(range.to)} · by ${range.unit} · ${range.timezone}${countNote(range.count)}`}
              actions={<ExportMenu dataset="series" query={query} />}
            />
            <div className="border-b border-slate-100 px-4 py-3">
              <RangeControls
                range={range}
                sources={sources}
                metric={metric}
                current={currentParams}
                keep={keepForRange}
              />
            </div>
            <div className="px-2 py-2">
              <CoverageChart
                label={`Share of coverage of ${selected.map((t) => t.name).join(", ")}`}
                exportName={`compare-${selected.map((t) => t.slug).join("-")}`}
                series={series}
                range={range}
                metric={metric}
                height={380}
              />
            </div>
            <SeriesNumbers series={series} range={range} />
          </Card>
          <div className="grid items-start gap-6 2xl:grid-cols-2">
            <Suspense fallback={<SectionSkeleton title="Source × theme" height={300} />}>
              <SourceThemeHeatmap themes={selected} result={heatmap} range={range} query={query} />
            </Suspense>
            <Suspense fallback={<SectionSkeleton title="Co-occurrence" height={300} />}>
              <CooccurrenceMatrix themes={selected} result={cooccurrence} range={range} query={query} />
            </Suspense>
          </div>
        </>
      )}
    </>
  );
}
