// Overview: how much is tracked and whether intake is healthy, the top themes' share of coverage
// over the range in the URL (default: all data), what is rising or spiking, and the newest articles.

import { roleAtLeast } from "@tidemark/accounts";
import { listArticles } from "@tidemark/articles";
import type { Metadata } from "next";
import Link from "next/link";
import { CoverageChart } from "@/components/charts/coverage-chart";
import { DemoProgress } from "@/components/demo/demo-progress";
import { ExportMenu } from "@/components/export/export-menu";
import { RangeControls } from "@/components/themes/range-controls";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { articleListSchema } from "@/lib/articles/list-params";
import { listSources } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import { demoStatuses } from "@/lib/demo/demo-statuses";
import { formatDay } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { articleStats } from "@/lib/overview/article-stats";
import { firstSteps } from "@/lib/overview/first-steps";
import { overviewFigures } from "@/lib/overview/overview-figures";
import { fallingThemes, risingThemes } from "@/lib/overview/rising-themes";
import { type RawParams, toSearchParams } from "@/lib/search-params/schemas";
import { distinctColors, seriesInColors } from "@/lib/themes/display-colors";
import { rangeParams, readRange } from "@/lib/themes/read-range";
import { FirstStepsPanel } from "./_overview/first-steps-panel";
import { RecentArticles } from "./_overview/recent-articles";
import { RisingList } from "./_overview/rising-list";
import { SpikeList } from "./_overview/spike-list";
import { StatCard } from "./_overview/stat-card";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db, user } = await authedDb();
  const raw = await searchParams;
  const { range, error } = await readRange(db, raw);
  const [stats, { themes, series, spikeThemes, spikes }, recent, sources, demo, steps] = await Promise.all([
    articleStats(db),
    overviewFigures(db, range),
    // Unfiltered, every article matches: walking the id index for the newest eight is cheapest,
    // and no count is shown, so none is made.
    listArticles(
      db,
      { params: articleListSchema.parse({ limit: "8" }), themeVersions: [] },
      { fewMatches: false },
    ),
    listSources(db, 50),
    demoStatuses(db),
    firstSteps(db),
  ]);
  const top = [...themes]
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
    .filter((t) => t.hits > 0)
    .slice(0, 5);
  const colors = distinctColors(top);
  const query = toSearchParams(rangeParams(range)).toString();
  const spikeQuery = toSearchParams({
    ...rangeParams(range),
    from: spikes?.params.from ?? range.from,
    theme: spikeThemes,
  }).toString();
  const inFlight = (stats.byStatus.queued ?? 0) + (stats.byStatus.fetching ?? 0);
  const failed = stats.byStatus.failed ?? 0;

  return (
    <>
      <PageHeader
        title="Overview"
        description="What Tidemark tracks, and how the coverage of your themes moves."
      />
      {error && (
        <Alert tone="warning" className="mb-4">
          Some view settings were invalid and were reset: {error}
        </Alert>
      )}
      {demo.length > 0 && (
        <div className="mb-4">
          <DemoProgress initial={demo} />
        </div>
      )}
      {steps && <FirstStepsPanel steps={steps} canEdit={roleAtLeast(user.role, "editor")} />}
      <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          label="Articles"
          value={formatCount(stats.total)}
          href="/articles"
          detail={`${formatCount(stats.byStatus.extracted ?? 0)} extracted · ${formatCount(inFlight)} in progress`}
        />
        <StatCard
          label="Added in the last 24 h"
          value={formatCount(stats.last24h)}
          detail={
            stats.failedLast24h > 0 ? `${formatCount(stats.failedLast24h)} of them failed` : "none failed"
          }
        />
        <StatCard
          label="Sources"
          value={formatCount(stats.sources)}
          detail="outlets with at least one article"
        />
        <StatCard
          label="Failures"
          value={formatCount(failed)}
          href="/articles?status=failed"
          detail={
            <Link href="/health" className="text-blue-700 hover:underline">
              See health →
            </Link>
          }
        />
      </div>
      <Card className="mb-6">
        <CardHeader
          title="Share of coverage, top themes"
          description={`${formatDay(range.from)} – ${formatDay(range.to)}, by ${range.unit} (${range.timezone}). Drag across the chart to zoom; click a point for its articles.`}
          actions={
            <ExportMenu dataset="series" query={`${query}${top.map((t) => `&theme=${t.id}`).join("")}`} />
          }
        />
        <div className="border-b border-slate-100 px-4 py-3">
          <RangeControls range={range} sources={sources} idPrefix="overview" />
        </div>
        <div className="px-2 py-2">
          {series && top.length > 0 ? (
            <CoverageChart
              label={`Share of coverage of the top five themes by ${range.unit}`}
              exportName="overview"
              series={seriesInColors(series, colors)}
              range={range}
              metric="share"
            />
          ) : (
            <div className="p-2">
              <EmptyState
                title={stats.total === 0 ? "No articles yet — add some" : "No theme matches any article yet"}
              >
                {stats.total === 0 ? (
                  <Link href="/add" className="text-blue-700 underline">
                    Add articles
                  </Link>
                ) : (
                  <Link href="/themes/new" className="text-blue-700 underline">
                    Define a theme
                  </Link>
                )}
              </EmptyState>
            </div>
          )}
        </div>
      </Card>
      <div className="grid items-start gap-6 xl:grid-cols-3">
        {series && (
          <RisingList
            themes={risingThemes(series)}
            falling={fallingThemes(series)}
            unit={range.unit}
            query={query}
          />
        )}
        {spikes && (
          <SpikeList
            result={spikes}
            colors={new Map(themes.map((t) => [t.id, colors.get(t.id) ?? t.color]))}
            query={spikeQuery}
          />
        )}
        <RecentArticles rows={recent.rows} />
      </div>
    </>
  );
}
