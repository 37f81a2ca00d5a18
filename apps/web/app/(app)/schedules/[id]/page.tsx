// One schedule: its settings (editable), its run history with what each run found and what became
// of the articles it added, and — for feeds and sitemaps — the articles it listed. Live: a run
// that starts or finishes shows up without a reload.
import { roleAtLeast } from "@tidemark/accounts";
import { cappedArticleCount, listArticles } from "@tidemark/articles";
import { runHistory } from "@tidemark/schedules";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/articles/status-badge";
import { LiveRefresh } from "@/components/live/live-refresh";
import { RunOutcomeCell } from "@/components/schedules/run-outcome";
import { RunCounts, RunStatus } from "@/components/schedules/run-summary";
import { ScheduleActions } from "@/components/schedules/schedule-actions";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { articleListSchema } from "@/lib/articles/list-params";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime, formatDay } from "@/lib/format/dates";
import { formatCappedCount } from "@/lib/format/numbers";
import { isUuid } from "@/lib/ids/is-uuid";
import { readLiveStates } from "@/lib/live/read-live-states";
import { scheduleJson } from "@/lib/schedules/schedule-json";
import { EditSchedule } from "../_components/edit-schedule";
import { formFromSchedule } from "../_components/schedule-form-model";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const live = await readLiveStates(db, [`schedule:${id.toLowerCase()}`]);
  const row = await db.schedule.findUnique({
    where: { id },
    include: { source: { select: { name: true, key: true } } },
  });
  if (!row) notFound();
  const schedule = scheduleJson(row);
  const lists = schedule.kind !== "reingest";
  const articleParams = articleListSchema.parse({ schedule: id, limit: "10" });
  const articleFilters = { params: articleParams, themeVersions: [] };
  const [runs, count, sources, themes] = await Promise.all([
    runHistory(db, id, 50),
    lists ? cappedArticleCount(db, articleFilters) : null,
    canEdit && schedule.kind === "reingest"
      ? db.source.findMany({
          orderBy: { key: "asc" },
          select: { id: true, key: true, name: true },
          take: 500,
        })
      : [],
    canEdit && schedule.kind === "reingest"
      ? db.theme.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } })
      : [],
  ]);
  const articles = count ? await listArticles(db, articleFilters, { fewMatches: !count.capped }) : null;
  const target =
    typeof (schedule.params as { url?: unknown }).url === "string"
      ? (schedule.params as { url: string }).url
      : null;

  return (
    <>
      <PageHeader
        title={schedule.name}
        description={`${schedule.timing}${schedule.enabled ? "" : " · paused"}${schedule.nextRunAt && schedule.enabled ? ` · next run ${formatDateTime(schedule.nextRunAt)}` : ""}`}
        actions={
          <>
            <LiveRefresh states={live} />
            {canEdit && (
              <ScheduleActions
                id={schedule.id}
                name={schedule.name}
                enabled={schedule.enabled}
                lastRunAt={schedule.lastRunAt}
              />
            )}
          </>
        }
      />
      <p className="mb-4 text-sm">
        <Link href="/schedules" className="text-blue-700 hover:underline">
          ← All schedules
        </Link>
      </p>
      <Card className="mb-6">
        <CardHeader title="Settings" />
        <CardBody>
          <dl className="mb-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            {target && (
              <>
                <dt className="text-slate-500">{schedule.kind === "feed" ? "Feed" : "Sitemap"}</dt>
                <dd className="break-all">{target}</dd>
              </>
            )}
            <dt className="text-slate-500">When</dt>
            <dd>{schedule.timing}</dd>
            {schedule.source && (
              <>
                <dt className="text-slate-500">Outlet</dt>
                <dd>{schedule.source.name}</dd>
              </>
            )}
          </dl>
          {canEdit && (
            <EditSchedule
              id={schedule.id}
              form={formFromSchedule(schedule)}
              sources={sources.map((s) => ({ id: s.id, label: s.name ?? s.key }))}
              themes={themes.map((t) => ({ id: t.id, label: t.name }))}
            />
          )}
        </CardBody>
      </Card>
      <Card className="mb-6">
        <CardHeader
          title="Runs"
          description={
            lists
              ? "The 50 latest, newest first, with what became of the articles each run added."
              : "The 50 latest, newest first."
          }
        />
        {runs.length ? (
          <Table>
            <thead>
              <tr>
                <Th>Started</Th>
                <Th>Trigger</Th>
                <Th>Status</Th>
                <Th>Result</Th>
                {lists && <Th>New articles</Th>}
                <Th numeric>Took</Th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} data-testid="schedule-run">
                  <Td>{formatDateTime(run.startedAt)}</Td>
                  <Td>{run.trigger === "manual" ? "run now" : "timer"}</Td>
                  <Td>
                    <RunStatus status={run.status} />
                  </Td>
                  <Td>
                    <RunCounts counts={run.counts} error={run.error} />
                  </Td>
                  {lists && (
                    <Td>
                      <RunOutcomeCell outcome={run.outcome} scheduleId={schedule.id} />
                    </Td>
                  )}
                  <Td numeric>
                    {run.finishedAt
                      ? `${((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000).toFixed(1)} s`
                      : "…"}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <div className="p-4">
            <EmptyState title="No runs yet">Use “Run now”, or wait for the next run.</EmptyState>
          </div>
        )}
      </Card>
      {lists && count && articles && (
        <Card>
          <CardHeader
            title={schedule.kind === "feed" ? "Articles from this feed" : "Articles from this sitemap"}
            description={`${formatCappedCount(count.count, count.capped)} listed, newest first`}
            actions={
              <Link
                href={`/articles?schedule=${schedule.id}`}
                className="text-sm font-medium text-blue-700 hover:underline"
              >
                All of them →
              </Link>
            }
          />
          {articles.rows.length === 0 ? (
            <div className="p-4">
              <EmptyState title="No articles yet">They appear here after the first run.</EmptyState>
            </div>
          ) : (
            <ul className="divide-y divide-slate-100">
              {articles.rows.map((a) => (
                <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
                  <Link
                    href={`/articles/${a.id}`}
                    className="font-medium text-slate-900 hover:text-blue-700 hover:underline"
                  >
                    {a.title ?? a.normalized_url}
                  </Link>
                  <span className="flex items-center gap-2 text-xs text-slate-500">
                    {formatDay(a.published_at)}
                    <StatusBadge status={a.status} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
