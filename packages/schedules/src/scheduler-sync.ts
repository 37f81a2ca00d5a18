// Postgres holds the schedules; BullMQ job schedulers only trigger them. These functions make
// Redis agree with Postgres: on every change, and for all schedules at worker start, so a flushed
// Redis loses no schedule.
import type { Db, Schedule } from "@tidemark/db";
import { type Producer, QUEUES } from "@tidemark/queue";
import { nextRunAfter, repeatOptions } from "./timing.ts";

const PREFIX = "schedule-";

export function schedulerId(scheduleId: string): string {
  return `${PREFIX}${scheduleId}`;
}

type SchedulerProducer = Pick<Producer, "queue">;

/** Makes Redis match this schedule; returns the row with its next run time updated. */
export async function syncScheduler(
  db: Db,
  producer: SchedulerProducer,
  schedule: Schedule,
): Promise<Schedule> {
  const queue = producer.queue(QUEUES.maintenance);
  if (!schedule.enabled) {
    await queue.removeJobScheduler(schedulerId(schedule.id));
    return db.schedule.update({ where: { id: schedule.id }, data: { nextRunAt: null } });
  }
  await queue.upsertJobScheduler(schedulerId(schedule.id), repeatOptions(schedule), {
    name: "run-schedule",
    data: { scheduleId: schedule.id, trigger: "scheduler" },
    opts: { attempts: 1, removeOnComplete: { count: 200 }, removeOnFail: { count: 200 } },
  });
  return db.schedule.update({
    where: { id: schedule.id },
    data: { nextRunAt: nextRunAfter(schedule, new Date()) },
  });
}

export async function removeScheduler(producer: SchedulerProducer, scheduleId: string): Promise<void> {
  await producer.queue(QUEUES.maintenance).removeJobScheduler(schedulerId(scheduleId));
}

/** Recreate every enabled schedule's job scheduler and drop ones Postgres no longer has. */
export async function syncAllSchedulers(
  db: Db,
  producer: SchedulerProducer,
): Promise<{ synced: number; removed: number }> {
  const schedules = await db.schedule.findMany();
  for (const schedule of schedules) await syncScheduler(db, producer, schedule);
  const known = new Set(schedules.filter((s) => s.enabled).map((s) => schedulerId(s.id)));
  const queue = producer.queue(QUEUES.maintenance);
  let removed = 0;
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    const id = scheduler.key;
    if (id.startsWith(PREFIX) && !known.has(id)) {
      await queue.removeJobScheduler(id);
      removed += 1;
    }
  }
  return { synced: schedules.length, removed };
}
