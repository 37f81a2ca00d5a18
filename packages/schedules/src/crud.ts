// Creating, changing and deleting schedules: Postgres first (the truth), then the job scheduler.
import type { Db, Prisma, Schedule } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { type ScheduleInput, scheduleInputSchema } from "./input.ts";
import { removeScheduler, syncScheduler } from "./scheduler-sync.ts";

type SchedulerProducer = Pick<Producer, "queue" | "enqueue">;

export class ScheduleNotFoundError extends Error {
  constructor(id: string) {
    super(`No schedule ${id}.`);
    this.name = "ScheduleNotFoundError";
  }
}

/** Validated input as the row's columns. */
async function scheduleColumns(db: Db, input: ScheduleInput) {
  const data = scheduleInputSchema.parse(input);
  return {
    name: data.name,
    kind: data.kind,
    cron: data.cron ?? null,
    intervalSeconds: data.intervalSeconds ?? null,
    timezone: data.timezone,
    enabled: data.enabled,
    params: data.params as Prisma.InputJsonValue,
    sourceId: await sourceForParams(db, data.kind, data.params),
  };
}

export async function createSchedule(
  db: Db,
  producer: SchedulerProducer,
  input: ScheduleInput,
): Promise<Schedule> {
  const schedule = await db.schedule.create({ data: await scheduleColumns(db, input) });
  return syncScheduler(db, producer, schedule);
}

/** Replaces a schedule's settings (the full input, as the dashboard's form sends it). */
export async function updateSchedule(
  db: Db,
  producer: SchedulerProducer,
  id: string,
  input: ScheduleInput,
): Promise<Schedule> {
  const data = await scheduleColumns(db, input);
  if (!(await db.schedule.findUnique({ where: { id }, select: { id: true } })))
    throw new ScheduleNotFoundError(id);
  const schedule = await db.schedule.update({ where: { id }, data });
  return syncScheduler(db, producer, schedule);
}

export async function setScheduleEnabled(
  db: Db,
  producer: SchedulerProducer,
  id: string,
  enabled: boolean,
): Promise<Schedule> {
  const found = await db.schedule.findUnique({ where: { id } });
  if (!found) throw new ScheduleNotFoundError(id);
  const schedule = await db.schedule.update({ where: { id }, data: { enabled } });
  return syncScheduler(db, producer, schedule);
}

export async function deleteSchedule(db: Db, producer: SchedulerProducer, id: string): Promise<boolean> {
  const { count } = await db.schedule.deleteMany({ where: { id } });
  await removeScheduler(producer, id);
  return count > 0;
}

/** Run now: one job outside the timetable; keyed so a double click does not start two. */
export async function runScheduleNow(db: Db, producer: SchedulerProducer, id: string): Promise<boolean> {
  if (!(await db.schedule.findUnique({ where: { id }, select: { id: true } })))
    throw new ScheduleNotFoundError(id);
  return producer.enqueue("runSchedule", { scheduleId: id, trigger: "manual" }, { jobId: `${id}-manual` });
}

/** Feeds and sitemaps belong to the outlet they live on, for per-source health. */
async function sourceForParams(db: Db, kind: string, params: object): Promise<string | null> {
  if (kind === "reingest" || !("url" in params) || typeof params.url !== "string") return null;
  const host = new URL(params.url).hostname.toLowerCase().replace(/^www\./, "");
  const source = await db.source.upsert({
    where: { key: host },
    create: { key: host, domain: host },
    update: {},
  });
  return source.id;
}
