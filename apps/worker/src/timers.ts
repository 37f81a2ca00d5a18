// BullMQ keeps timers (the reconcile timer, each schedule's timer) in Redis, which keeps nothing on
// disk. If Redis restarts while workers keep running, those timers are gone and nothing would ever
// fire again. So every worker process checks on its own clock, outside Redis: a missing reconcile
// timer is recreated (and one reconcile runs at once to recover lost jobs), and schedule timers
// are compared with Postgres and corrected.
import type { Db } from "@tidemark/db";
import { type Producer, QUEUES } from "@tidemark/queue";
import { reconcileSchedulers, type SchedulerReconcile } from "@tidemark/schedules";
import type { Logger } from "./logger.ts";

export const RECONCILE_TIMER = "reconcile-periodic";
/** Alert rules are evaluated (and due deliveries sent) this often; restored with the reconcile timer. */
export const ALERTS_TIMER = "alerts-periodic";
export const ALERTS_EVERY_MS = 60_000;

export interface TimerSettings {
  everyMs: number;
  staleAfterMs: number;
}

interface TimerDeps {
  db: Db;
  producer: Producer;
  logger: Logger;
}

/** Creates or updates the reconcile timer (at start, so a changed interval takes effect). */
export async function setReconcileTimer(producer: Producer, settings: TimerSettings): Promise<void> {
  await producer.ready();
  await producer
    .queue(QUEUES.maintenance)
    .upsertJobScheduler(
      RECONCILE_TIMER,
      { every: settings.everyMs },
      { name: "reconcile", data: { staleAfterMs: settings.staleAfterMs } },
    );
  await producer
    .queue(QUEUES.maintenance)
    .upsertJobScheduler(ALERTS_TIMER, { every: ALERTS_EVERY_MS }, { name: "evaluate-alerts", data: {} });
}

/** One check; returns what it had to repair. */
export async function checkTimers(
  deps: TimerDeps,
  settings: TimerSettings,
): Promise<{ reconcileTimerRestored: boolean; schedules: SchedulerReconcile }> {
  const queue = deps.producer.queue(QUEUES.maintenance);
  await deps.producer.ready();
  const restore = (await queue.getJobScheduler(RECONCILE_TIMER)) === undefined;
  if (restore) {
    await setReconcileTimer(deps.producer, settings);
    // Redis lost its timers, so it probably lost jobs too: look for them now, not in a minute.
    await deps.producer.enqueue("reconcile", { staleAfterMs: 0 }, { dedupeId: "reconcile-after-redis-loss" });
  }
  const schedules = await reconcileSchedulers(deps.db, deps.producer);
  return { reconcileTimerRestored: restore, schedules };
}

/** How often each worker looks for the reconcile timer: the sign that Redis lost everything. */
export const LOSS_CHECK_MS = 5_000;

/**
 * Every LOSS_CHECK_MS, one cheap look for the reconcile timer; if Redis came back empty it is
 * gone, and everything is repaired at once (so ingest resumes within seconds of Redis's return,
 * with no restart). Every `everyMs` the full check runs anyway, to catch schedules changed while
 * Redis was unreachable. A failed check is logged and tried again.
 */
export function watchTimers(deps: TimerDeps, settings: TimerSettings): { stop(): Promise<void> } {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let lastFull = Date.now();
  const tick = async () => {
    try {
      const due = Date.now() - lastFull >= settings.everyMs;
      if (!due && (await timerPresent(deps))) return;
      lastFull = Date.now();
      const repaired = await checkTimers(deps, settings);
      if (
        repaired.reconcileTimerRestored ||
        repaired.schedules.set > 0 ||
        repaired.schedules.removed > 0 ||
        repaired.schedules.caughtUp > 0
      )
        deps.logger.warn(repaired, "timers were missing or out of date in Redis; repaired");
    } catch (error) {
      deps.logger.warn({ err: error }, "could not check the timers in Redis; will try again");
    }
  };
  const schedule = () => {
    timer = setTimeout(
      () => {
        current = tick().then(() => {
          if (!stopped) schedule();
        });
      },
      Math.min(LOSS_CHECK_MS, settings.everyMs),
    );
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

async function timerPresent(deps: TimerDeps): Promise<boolean> {
  await deps.producer.ready();
  return (await deps.producer.queue(QUEUES.maintenance).getJobScheduler(RECONCILE_TIMER)) !== undefined;
}
