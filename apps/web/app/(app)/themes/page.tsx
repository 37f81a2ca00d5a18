// Themes: every theme with its share of coverage over the range and a sparkline of its trend,
// the definition version behind the numbers, and any backfill in progress.
import { roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { ExportMenu } from "@/components/export/export-menu";
import { LiveRefresh } from "@/components/live/live-refresh";
import { RangeControls } from "@/components/themes/range-controls";
import { ThemeListFilters } from "@/components/themes/theme-list-filters";
import { VersionBadge } from "@/components/themes/version-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listSources } from "@/lib/articles/list-sources";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDay } from "@/lib/format/dates";
import { formatCount, formatShare } from "@/lib/format/numbers";
import { readLiveStates } from "@/lib/live/read-live-states";
import { type RawParams, toSearchParams, withParams } from "@/lib/search-params/schemas";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import { rangeParams, readRange } from "@/lib/themes/read-range";
import { themeListFilterSchema, themeSummaries } from "@/lib/themes/theme-summaries";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const raw = await searchParams;
  const live = await readLiveStates(db, ["backfills"]);
  const { range, error } = await readRange(db, raw);
  const filter = themeListFilterSchema.parse({ kind: raw.kind, q: raw.q });
  const [{ themes }, sources] = await Promise.all([themeSummaries(db, range, filter), listSources(db, 50)]);
  const filtered = Boolean(filter.kind || filter.q);
  const sort = raw.sort === "name" ? "name" : "share";
  const sorted = sort === "name" ? themes : [...themes].sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  const query = toSearchParams(rangeParams(range)).toString();

  return (
    <>
      <PageHeader
        title="Themes"
        description="Boolean queries over every article. Share of coverage = articles matching the theme ÷ all dated articles in the period."
        actions={
          <>
            <LiveRefresh states={live} minGapMs={3_000} />
            <ExportMenu dataset="themes" query={query} />
            {canEdit && (
              <Link href="/themes/new" className={buttonClasses("primary")}>
                New theme
              </Link>
            )}
          </>
        }
      />
      {error && (
        <Alert tone="warning" className="mb-4">
          Some view settings were invalid and were reset: {error}
        </Alert>
      )}
      <Card>
        <CardHeader
          title={`${themes.length} ${filtered ? "matching" : "themes"}`}
          description={`${formatDay(range.from)} – ${formatDay(range.to)} (${range.timezone}), ${range.unit}ly trend`}
          actions={
            <nav aria-label="Sort themes" className="flex gap-1 text-sm">
              <span className="text-slate-500">Sort:</span>
              <Link
                href={`/themes${withParams(raw, { sort: "share" })}`}
                aria-current={sort === "share" ? "true" : undefined}
                className={sort === "share" ? "font-semibold" : "text-blue-700 hover:underline"}
              >
                share
              </Link>
              <Link
                href={`/themes${withParams(raw, { sort: "name" })}`}
                aria-current={sort === "name" ? "true" : undefined}
                className={sort === "name" ? "font-semibold" : "text-blue-700 hover:underline"}
              >
                name
              </Link>
            </nav>
          }
        />
        <div className="border-b border-slate-100 px-4 py-3">
          <RangeControls
            range={range}
            sources={sources}
            keep={sort === "name" ? { sort } : {}}
            current={raw}
          />
        </div>
        <ThemeListFilters raw={raw} kind={filter.kind} q={filter.q} />
        {themes.length === 0 && filtered ? (
          <div className="p-4">
            <EmptyState title="No themes match">
              <Link href="/themes" className="text-blue-700 underline">
                Show every theme
              </Link>
            </EmptyState>
          </div>
        ) : themes.length === 0 ? (
          <div className="p-4">
            <EmptyState title="No themes yet">
              <Link href="/themes/new" className="text-blue-700 underline">
                Define your first theme
              </Link>
              , e.g. <code>&quot;data privacy&quot; OR &quot;user data&quot;</code>.
            </EmptyState>
          </div>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Theme</Th>
                <Th>Version</Th>
                <Th numeric>Articles</Th>
                <Th numeric>Share</Th>
                <Th>Trend (share)</Th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((t) => (
                <tr key={t.id} className="hover:bg-slate-50">
                  <Td>
                    <div className="flex items-center gap-2">
                      <span
                        aria-hidden="true"
                        className="size-3 shrink-0 rounded-full"
                        style={{ backgroundColor: t.color }}
                      />
                      <Link
                        href={`/themes/${t.id}?${query}`}
                        className="font-medium text-slate-900 hover:text-blue-700 hover:underline"
                      >
                        {t.name}
                      </Link>
                      {t.kind !== "theme" && <Badge tone="violet">{t.kind}</Badge>}
                      {!t.active && <Badge tone="neutral">paused</Badge>}
                    </div>
                    {t.description && (
                      <p className="mt-0.5 line-clamp-1 max-w-md text-xs text-slate-500">{t.description}</p>
                    )}
                  </Td>
                  <Td>
                    <VersionBadge
                      seriesVersion={t.seriesVersion}
                      currentVersion={t.currentVersion}
                      backfill={t.backfill}
                    />
                  </Td>
                  <Td numeric>
                    <Link href={countedArticlesHref(t.id, range)} className="text-blue-700 hover:underline">
                      {formatCount(t.hits)}
                    </Link>
                  </Td>
                  <Td numeric>{formatShare(t.share)}</Td>
                  <Td>
                    <Sparkline
                      values={t.shares}
                      color={t.color}
                      label={`${t.name}: share of coverage by ${range.unit}`}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
