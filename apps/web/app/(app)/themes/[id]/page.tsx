// A theme: its coverage over time (share or count), with the controls to change the view, the
// backfill in progress, spikes with their articles, top sources, emerging terms, matching
// articles with evidence, and the version history.

import { roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CoverageChart } from "@/components/charts/coverage-chart";
import { ExportMenu } from "@/components/export/export-menu";
import { LiveRefresh } from "@/components/live/live-refresh";
import { BackfillProgress } from "@/components/themes/backfill-progress";
import { RangeControls } from "@/components/themes/range-controls";
import { SeriesNumbers } from "@/components/themes/series-numbers";
import { ThemeFeeds } from "@/components/themes/theme-feeds";
import { ThemeStats } from "@/components/themes/theme-stats";
import { VersionBadge } from "@/components/themes/version-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { listSources } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDay } from "@/lib/format/dates";
import { isUuid } from "@/lib/ids/is-uuid";
import { readLiveStates } from "@/lib/live/read-live-states";
import { type RawParams, toSearchParams } from "@/lib/search-params/schemas";
import { activeBackfills } from "@/lib/themes/backfill-status";
import { countNote, countNoun } from "@/lib/themes/count-labels";
import { readMetric } from "@/lib/themes/metric";
import { rangeParams, readRange } from "@/lib/themes/read-range";
import { themeDetail } from "@/lib/themes/theme-detail";
import { themePageId } from "@/lib/themes/theme-page-id";
import { themePageSnapshot } from "@/lib/themes/theme-page-snapshot";
import { EmergingTermsSection } from "./_sections/emerging-terms-section";
import { MatchingArticlesSection } from "./_sections/matching-articles-section";
import { SpikesSection } from "./_sections/spikes-section";
import { StoriesSection } from "./_sections/stories-section";
import { TopSourcesSection } from "./_sections/top-sources-section";
import { VersionHistorySection } from "./_sections/version-history-section";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { db } = await authedDb();
  const { id } = await params;
  if (!isUuid(id)) return { title: "Theme" };
  // Both cached per request: the page below reuses these reads, the live state read first.
  await readLiveStates(db, [`theme:${id.toLowerCase()}`]);
  const theme = await themeDetail(db, id);
  return { title: theme?.name ?? "Theme" };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const raw = await searchParams;
  const id = await themePageId(db, (await params).id, (themeId) => `/themes/${themeId}`, raw);
  const live = await readLiveStates(db, [`theme:${id.toLowerCase()}`]);
  const theme = await themeDetail(db, id);
  if (!theme) notFound();
  const metric = readMetric(raw);
  const { range, error } = await readRange(db, raw);
  // The numbers, spikes, top sources and matching articles from one snapshot: a backfill
  // committing meanwhile never shows in some of them and not in others.
  const [snapshot, sources, backfills] = await Promise.all([
    themePageSnapshot(db, id, range),
    listSources(db, 50),
    activeBackfills(db, [id]),
  ]);
  const { series, spikes } = snapshot;
  const s = series.themes[0];
  const query = toSearchParams({ ...rangeParams(range), theme: id }).toString();
  const spikeBuckets = spikes.themes[0]?.spikes.map((x) => x.bucket) ?? [];

  return (
    <>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            <span
              aria-hidden="true"
              className="size-4 rounded-full"
              style={{ backgroundColor: theme.color }}
            />
            {theme.name}
          </span>
        }
        description={theme.description || undefined}
        actions={
          <>
            <LiveRefresh states={live} minGapMs={2_000} />
            <VersionBadge
              seriesVersion={theme.seriesVersion?.version ?? null}
              currentVersion={theme.currentVersion?.version ?? null}
              backfill={backfills.get(id) ?? null}
            />
            <Link href={`/compare?theme=${id}`} className={buttonClasses("secondary")}>
              Compare
            </Link>
            <Link href={`/voices?theme=${id}`} className={buttonClasses("secondary")}>
              Voices
            </Link>
            {canEdit && (
              <Link href={`/alerts/new?theme=${id}`} className={buttonClasses("secondary")}>
                Alert me
              </Link>
            )}
            {canEdit && (
              <Link href={`/themes/${id}/edit`} className={buttonClasses("primary")}>
                Edit definition
              </Link>
            )}
          </>
        }
      />
      <BackfillProgress
        initial={{
          backfill: backfills.get(id) ?? null,
          seriesVersion: theme.seriesVersion?.version ?? null,
          currentVersion: theme.currentVersion?.version ?? null,
        }}
      />
      {error && (
        <Alert tone="warning" className="mb-4">
          Some view settings were invalid and were reset: {error}
        </Alert>
      )}
      <p className="mb-3 font-mono text-sm text-slate-700">
        <span className="mr-2 font-sans text-xs font-medium uppercase text-slate-500">
          v{theme.seriesVersion?.version ?? "–"}
        </span>
        {theme.seriesVersion?.definition ?? theme.currentVersion?.definition}
      </p>
      <Card className="mb-6">
        <CardHeader
          title={metric === "share" ? "Share of coverage" : `${countNoun(range.count)} matching`}
          description={`${formatDay(range.from)} – ${formatDay(range.to)} · by ${range.unit} · ${range.timezone}${countNote(range.count)} · numbers from v${s?.version.number ?? "–"}`}
          actions={<ExportMenu dataset="series" query={query} />}
        />
        <div className="border-b border-slate-100 px-4 py-3">
          <RangeControls range={range} sources={sources} metric={metric} current={raw} />
        </div>
        {s && <ThemeStats series={series} theme={s} range={range} />}
        <div className="px-2 pb-2">
          {s && (
            <CoverageChart
              label={`${theme.name}: ${metric === "share" ? "share of coverage" : "articles"} by ${range.unit}`}
              exportName={theme.slug}
              series={series}
              range={range}
              metric={metric}
              showUndated
              spikes={{ [id]: spikeBuckets }}
            />
          )}
        </div>
        {s && <SeriesNumbers series={series} range={range} />}
      </Card>
      <div className="grid items-start gap-6 xl:grid-cols-2">
        <SpikesSection result={spikes} range={range} query={query} />
        <MatchingArticlesSection
          theme={{ id, name: theme.name, color: theme.color }}
          matching={snapshot.matching}
        />
        <TopSourcesSection themeId={id} result={snapshot.sources} range={range} query={query} />
        <Suspense fallback={<SectionSkeleton title="Emerging terms" />}>
          <EmergingTermsSection themeId={id} range={range} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton title="Stories" />}>
          <StoriesSection themeId={id} />
        </Suspense>
      </div>
      <div className="mt-6 grid items-start gap-6 xl:grid-cols-2">
        <VersionHistorySection theme={theme} />
        <ThemeFeeds themeId={id} />
      </div>
    </>
  );
}
