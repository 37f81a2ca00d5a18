// Health: is work flowing (queue counts), what failed and why (with retry), and which sources
// are failing (success rate and last error per outlet).
import { roleAtLeast } from "@tidemark/accounts";
import { ingestHistory } from "@tidemark/metrics";
import type { Metadata } from "next";
import Link from "next/link";
import { ExportMenu } from "@/components/export/export-menu";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ScheduleTable } from "@/components/schedules/schedule-table";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { authedDb } from "@/lib/auth/authed-db";
import { failureLabel } from "@/lib/format/labels";
import { formatCount } from "@/lib/format/numbers";
import { connectQueues, failedJobs, queueCounts } from "@/lib/health/queue-health";
import { failuresByCode, sourceHealth } from "@/lib/health/source-health";
import { readLiveStates } from "@/lib/live/read-live-states";
import { scheduleJson } from "@/lib/schedules/schedule-json";
import type { RawParams } from "@/lib/search-params/schemas";
import { FailedJobsTable } from "./_components/failed-jobs-table";
import { IngestHistory } from "./_components/ingest-history";
import { QueueCards } from "./_components/queue-cards";
import { SourceHealthTable } from "./_components/source-health-table";

export const metadata: Metadata = { title: "Health" };

const WINDOWS = [1, 7, 30, 90, 365] as const;
const HISTORY_HOURS = 6;
const HISTORY_BUCKET_MINUTES = 10;

export default async function HealthPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { db, user } = await authedDb();
  const canEdit = roleAtLeast(user.role, "editor");
  const raw = await searchParams;
  const days = WINDOWS.find((d) => String(d) === raw.days) ?? 30;
  const redisError = await connectQueues();
  const live = await readLiveStates(db, ["queues"]);
  const [queues, jobs, sources, codes, polls, history] = await Promise.all([
    redisError ? null : queueCounts(),
    redisError ? null : failedJobs(50),
    sourceHealth(db, days),
    failuresByCode(db, days),
    db.schedule.findMany({
      where: { kind: { in: ["feed", "sitemap"] } },
      orderBy: { name: "asc" },
      include: { source: { select: { name: true, key: true } } },
    }),
    ingestHistory(db, HISTORY_HOURS, HISTORY_BUCKET_MINUTES),
  ]);

  return (
    <>
      <PageHeader
        title="Health"
        description="Queues, failed jobs and per-source fetch health."
        actions={<LiveRefresh states={live} minGapMs={3_000} />}
      />
      {redisError && (
        <Alert tone="error" className="mb-4">
          Redis is unreachable ({redisError}): queue numbers are unavailable. Articles are safe in Postgres
          and are re-queued when Redis is back.
        </Alert>
      )}
      {queues && <QueueCards queues={queues} canEdit={canEdit} />}
      <IngestHistory buckets={history} hours={HISTORY_HOURS} bucketMinutes={HISTORY_BUCKET_MINUTES} />
      <Card className="mt-6">
        <div id="failed-jobs" />
        <CardHeader
          title="Failed jobs"
          description="Jobs that gave up after their retries, newest first."
          actions={<ExportMenu dataset="failed-jobs" query="" />}
        />
        {jobs && jobs.length > 0 ? (
          <FailedJobsTable jobs={jobs} canEdit={canEdit} />
        ) : (
          <div className="p-4">
            <EmptyState title="No failed jobs" />
          </div>
        )}
      </Card>
      <Card className="mt-6">
        <CardHeader
          title="Sources"
          description={`Articles added in the last ${days} day${days === 1 ? "" : "s"}: success rate = extracted ÷ finished.`}
          actions={
            <>
              <nav aria-label="Window" className="flex gap-1 text-sm">
                {WINDOWS.map((d) => (
                  <Link
                    key={d}
                    href={`?days=${d}`}
                    aria-current={d === days ? "true" : undefined}
                    className={
                      d === days
                        ? "rounded bg-slate-900 px-2 py-0.5 text-white"
                        : "rounded px-2 py-0.5 text-blue-700 hover:bg-slate-100"
                    }
                  >
                    {d}d
                  </Link>
                ))}
              </nav>
              <ExportMenu dataset="source-health" query={`days=${days}`} />
            </>
          }
        />
        {codes.length > 0 && (
          <p className="flex flex-wrap gap-x-4 gap-y-1 border-b border-slate-100 px-4 py-2 text-sm">
            {codes.map((c) => (
              <span key={c.code} title={c.example ?? undefined}>
                <b>{formatCount(c.count)}</b> {failureLabel(c.code)}
              </span>
            ))}
          </p>
        )}
        {sources.length > 0 ? (
          <SourceHealthTable sources={sources} />
        ) : (
          <div className="p-4">
            <EmptyState title={`No articles added in the last ${days} days`} />
          </div>
        )}
      </Card>
      <Card className="mt-6">
        <CardHeader
          title="Feeds and sitemaps"
          description="Last poll of each subscribed feed and sitemap: what it found, and its error if it failed."
          actions={
            <Link href="/schedules" className="text-sm text-blue-700 hover:underline">
              Manage schedules →
            </Link>
          }
        />
        {polls.length > 0 ? (
          <ScheduleTable schedules={polls.map(scheduleJson)} canEdit={canEdit} />
        ) : (
          <div className="p-4">
            <EmptyState title="No feeds or sitemaps subscribed" />
          </div>
        )}
      </Card>
    </>
  );
}
