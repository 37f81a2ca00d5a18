// When a schedule runs: BullMQ repeat options for its job scheduler, and the next run time we
// show in the dashboard.
import { CronExpressionParser } from "cron-parser";

export interface ScheduleTiming {
  cron: string | null;
  intervalSeconds: number | null;
  timezone: string;
}

export type RepeatOptions = { pattern: string; tz: string } | { every: number };

export function repeatOptions(t: ScheduleTiming): RepeatOptions {
  if (t.cron) return { pattern: t.cron, tz: t.timezone };
  if (t.intervalSeconds) return { every: t.intervalSeconds * 1000 };
  throw new Error("A schedule needs a cron expression or an interval.");
}

export function nextRunAfter(t: ScheduleTiming, after: Date): Date {
  if (t.cron)
    return CronExpressionParser.parse(t.cron, { tz: t.timezone, currentDate: after }).next().toDate();
  return new Date(after.getTime() + (t.intervalSeconds ?? 0) * 1000);
}

/** "every 6 h" / "0 6 * * * (Europe/Berlin)" */
export function describeTiming(t: ScheduleTiming): string {
  if (t.cron) return `${t.cron} (${t.timezone})`;
  const s = t.intervalSeconds ?? 0;
  if (s % 86_400 === 0) return `every ${s / 86_400} d`;
  if (s % 3_600 === 0) return `every ${s / 3_600} h`;
  if (s % 60 === 0) return `every ${s / 60} min`;
  return `every ${s} s`;
}
