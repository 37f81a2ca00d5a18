// Schedules as the API and pages show them: settings, timing in words, last and next run.
import type { Schedule } from "@tidemark/db";
import { describeTiming, type RunWithOutcome } from "@tidemark/schedules";

export function scheduleJson(s: Schedule & { source?: { name: string | null; key: string } | null }) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    enabled: s.enabled,
    cron: s.cron,
    intervalSeconds: s.intervalSeconds,
    timezone: s.timezone,
    timing: describeTiming(s),
    params: s.params,
    source: s.source ? { name: s.source.name ?? s.source.key, key: s.source.key } : null,
    lastRunAt: s.lastRunAt?.toISOString() ?? null,
    lastRunStatus: s.lastRunStatus,
    lastRunSummary: s.lastRunSummary,
    nextRunAt: s.nextRunAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

export function runJson(r: RunWithOutcome) {
  return {
    id: r.id,
    outcome: r.outcome,
    trigger: r.trigger,
    status: r.status,
    counts: r.counts,
    error: r.error,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

export type ScheduleView = ReturnType<typeof scheduleJson>;
export type RunView = ReturnType<typeof runJson>;
