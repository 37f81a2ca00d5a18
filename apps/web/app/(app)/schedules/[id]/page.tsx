// One schedule: its settings and run history with what each run found.
import { roleAtLeast } from "@tidemark/accounts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunCounts, RunStatus } from "@/components/schedules/run-summary";
import { ScheduleActions } from "@/components/schedules/schedule-actions";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDateTime } from "@/lib/format/dates";
import { isUuid } from "@/lib/ids/is-uuid";
import { scheduleJson } from "@/lib/schedules/schedule-json";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { db, user } = await authedDb();
  const { id } = await params;
  const row = isUuid(id)
    ? await db.schedule.findUnique({
        where: { id },
        include: {
          source: { select: { name: true, key: true } },
          runs: { orderBy: { startedAt: "desc" }, take: 50 },
        },
      })
    : null;
  if (!row) notFound();
  const schedule = scheduleJson(row);
  return (
    <>
      <PageHeader
        title={schedule.name}
        description={`${schedule.timing}${schedule.enabled ? "" : " · paused"}${schedule.nextRunAt && schedule.enabled ? ` · next run ${formatDateTime(schedule.nextRunAt)}` : ""}`}
        actions={
          roleAtLeast(user.role, "editor") ? (
            <ScheduleActions
              id={schedule.id}
              name={schedule.name}
              enabled={schedule.enabled}
              lastRunAt={schedule.lastRunAt}
            />
          ) : undefined
        }
      />
      <p className="mb-4 text-sm">
        <Link href="/schedules" className="text-blue-700 hover:underline">
          ← All schedules
        </Link>
      </p>
      <Card>
        <CardHeader title="Runs" description="The 50 latest, newest first." />
        {row.runs.length ? (
          <Table>
            <thead>
              <tr>
                <Th>Started</Th>
                <Th>Trigger</Th>
                <Th>Status</Th>
                <Th>Result</Th>
                <Th numeric>Took</Th>
              </tr>
            </thead>
            <tbody>
              {row.runs.map((run) => (
                <tr key={run.id}>
                  <Td>{formatDateTime(run.startedAt)}</Td>
                  <Td>{run.trigger === "manual" ? "run now" : "timer"}</Td>
                  <Td>
                    <RunStatus status={run.status} />
                  </Td>
                  <Td>
                    <RunCounts counts={run.counts} error={run.error} />
                  </Td>
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
    </>
  );
}
