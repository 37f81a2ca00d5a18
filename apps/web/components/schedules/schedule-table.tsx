// Schedules with what they do, when, and how their last run went.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatAgo, formatDateTime } from "@/lib/format/dates";
import type { ScheduleView } from "@/lib/schedules/schedule-json";
import { RunCounts, RunStatus } from "./run-summary";
import { ScheduleActions } from "./schedule-actions";

const KIND_LABELS = { reingest: "Re-ingest", feed: "Feed", sitemap: "Sitemap" } as const;

function target(s: ScheduleView): string {
  const p = s.params as Record<string, unknown>;
  if (typeof p.url === "string") return p.url;
  if (p.scope === "recent") return `articles published in the last ${String(p.days)} days`;
  if (p.scope === "failed") return "previously failed articles";
  if (p.scope === "source") return "one source's articles";
  if (p.scope === "theme") return "one theme's articles";
  return "all articles";
}

/** `canEdit`: show run, pause and delete (editors and admins). */
export function ScheduleTable({ schedules, canEdit }: { schedules: ScheduleView[]; canEdit: boolean }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Schedule</Th>
          <Th>When</Th>
          <Th>Last run</Th>
          <Th>Next run</Th>
          <Th className="text-right">Actions</Th>
        </tr>
      </thead>
      <tbody>
        {schedules.map((s) => {
          const summary = (s.lastRunSummary ?? {}) as { counts?: unknown; error?: string | null };
          return (
            <tr key={s.id}>
              <Td>
                <Link href={`/schedules/${s.id}`} className="font-medium text-blue-700 hover:underline">
                  {s.name}
                </Link>
                <div className="mt-0.5 flex items-center gap-2 text-xs text-slate-600">
                  <Badge tone="violet">{KIND_LABELS[s.kind]}</Badge>
                  <span className="max-w-md truncate" title={target(s)}>
                    {target(s)}
                  </span>
                </div>
              </Td>
              <Td>
                {s.timing}
                {!s.enabled && (
                  <Badge tone="amber" className="ml-2">
                    paused
                  </Badge>
                )}
              </Td>
              <Td>
                <div className="flex items-center gap-2">
                  <RunStatus status={s.lastRunStatus} />
                  {s.lastRunAt && <span title={formatDateTime(s.lastRunAt)}>{formatAgo(s.lastRunAt)}</span>}
                </div>
                <div className="mt-0.5 text-xs text-slate-600">
                  <RunCounts counts={summary.counts} error={summary.error} />
                </div>
              </Td>
              <Td>{s.enabled && s.nextRunAt ? formatDateTime(s.nextRunAt) : "—"}</Td>
              <Td>
                {canEdit && (
                  <ScheduleActions id={s.id} name={s.name} enabled={s.enabled} lastRunAt={s.lastRunAt} />
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
