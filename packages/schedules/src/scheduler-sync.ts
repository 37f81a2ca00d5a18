// Postgres holds the schedules; BullMQ job schedulers only trigger them. These functions make
// Redis agree with Postgres: on every change (best effort: Redis may be down), and by comparing
// the two every minute from each worker (see reconcileSchedulers), so a flushed Redis, or a change
// saved while Redis was down, is put right without anyone restarting anything.
import type { Db, Schedule } from "@tidemark/db";
import { type Producer, QUEUES } from "@tidemark/queue";
import { nextRunAfter, type RepeatOptions, repeatOptions } from "./timing.ts";

const PREFIX = "schedule-";

export function schedulerId(scheduleId: string): string {
  return `${PREFIX}${scheduleId}`;
}

type SchedulerProducer = Pick<Producer, "queue" | "ready" | "enqueue">;
/** A timer as BullMQ lists it. */
type Timer = Awaited<ReturnType<ReturnType<Producer["queue"]>["getJobSchedulers"]>>[number];

/** Sets (or, for a paused schedule, removes) this schedule's timer in Redis. */
export async function applyTimer(producer: SchedulerProducer, schedule: Schedule): Promise<void> {
  await producer.ready();
  const queue = producer.queue(QUEUES.maintenance);
  if (!schedule.enabled) {
    await queue.removeJobScheduler(schedulerId(schedule.id));
    return;
  }
  await queue.upsertJobScheduler(schedulerId(schedule.id), anchoredRepeat(schedule), {
    name: "run-schedule",
    data: { scheduleId: schedule.id, trigger: "scheduler" },
    opts: { attempts: 1, removeOnComplete: { count: 200 }, removeOnFail: { count: 200 } },
  });
}

/**
 * An interval keeps its anchor across restarts and Redis losses: the first run of a re-created
 * timer is one interval after the last run, not one interval after "now"; an overdue one runs at
 * once (BullMQ clamps a past start to now), once.
 */
function anchoredRepeat(schedule: Schedule) {
  const repeat = repeatOptions(schedule);
  if (!("every" in repeat)) return repeat;
  // A schedule that never ran runs at once (a new feed subscription shows its articles now).
  if (!schedule.lastRunAt) return repeat;
  return { ...repeat, startDate: new Date(schedule.lastRunAt.getTime() + repeat.every) };
}

/** Cron schedules whose due time passed while no timer existed get one catch-up run. */
const CATCH_UP_GRACE_MS = 60_000;

/** The next run time the dashboard shows, from the schedule's own timing (not from Redis). */
export function recordNextRun(db: Db, schedule: Schedule): Promise<Schedule> {
  return db.schedule.update({
    where: { id: schedule.id },
    data: { nextRunAt: schedule.enabled ? nextRunAfter(schedule, new Date()) : null },
  });
}

export async function removeScheduler(producer: SchedulerProducer, scheduleId: string): Promise<void> {
  await producer.ready();
  await producer.queue(QUEUES.maintenance).removeJobScheduler(schedulerId(scheduleId));
}

function sameTiming(timer: Timer, wanted: RepeatOptions): boolean {
  if ("every" in wanted) return Number(timer.every) === wanted.every && !timer.pattern;
  return timer.pattern === wanted.pattern && timer.tz === wanted.tz;
}

export interface SchedulerReconcile {
  /** Enabled schedules whose timer was missing or had other timing, now set. */
  set: number;
  /** Timers of schedules that are gone or paused, now removed. */
  removed: number;
  /** Overdue cron schedules given one catch-up run. */
  caughtUp: number;
}

/**
 * Compares the timers in Redis with the enabled schedules in Postgres and fixes only what
 * differs: a timer that is already right is left alone, so its next run is not disturbed.
 */
export async function reconcileSchedulers(db: Db, producer: SchedulerProducer): Promise<SchedulerReconcile> {
  await producer.ready();
  const queue = producer.queue(QUEUES.maintenance);
  const timers = new Map(
    (await queue.getJobSchedulers(0, -1)).filter((t) => t.key.startsWith(PREFIX)).map((t) => [t.key, t]),
  );
  const enabled = await db.schedule.findMany({ where: { enabled: true } });
  const result: SchedulerReconcile = { set: 0, removed: 0, caughtUp: 0 };
  for (const schedule of enabled) {
    const timer = timers.get(schedulerId(schedule.id));
    timers.delete(schedulerId(schedule.id));
    if (timer && sameTiming(timer, repeatOptions(schedule))) continue;
    await applyTimer(producer, schedule);
    result.set += 1;
  }
  for (const key of timers.keys()) {
    await queue.removeJobScheduler(key);
    result.removed += 1;
  }
  // A cron schedule whose due time passed with no run (every worker down, or Redis lost the
  // timer across the due time) runs once now. Intervals catch up through their anchored start.
  const now = Date.now();
  for (const schedule of enabled) {
    if (!schedule.cron || !schedule.nextRunAt) continue;
    if (schedule.nextRunAt.getTime() > now - CATCH_UP_GRACE_MS) continue;
    const added = await producer.enqueue(
      "runSchedule",
      { scheduleId: schedule.id, trigger: "scheduler" },
      { dedupeId: `${schedule.id}-catch-up` },
    );
    if (added) result.caughtUp += 1;
  }
  return result;
}
