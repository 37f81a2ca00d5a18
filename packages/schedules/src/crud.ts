// Creating, changing and deleting schedules: Postgres first (the truth), then the job scheduler.
// The change is saved even when Redis is down; the caller gets a warning to show, and the workers'
// minute-by-minute reconcileSchedulers sets the timer once Redis is back.
import type { Db, Prisma, Schedule } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { defaultScheduleName, type ScheduleInput, scheduleInputSchema } from "./input.ts";
import { applyTimer, recordNextRun, removeScheduler } from "./scheduler-sync.ts";

type SchedulerProducer = Pick<Producer, "queue" | "enqueue" | "ready">;

export interface SavedSchedule {
  schedule: Schedule;
  /** Set when the change is saved but its timer could not be updated yet. */
  warning: string | null;
}

function timerWarning(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    `Saved, but the schedule's timer could not be updated because Redis did not answer (${reason}). ` +
    "A running worker updates it within a minute of Redis being reachable again."
  );
}

async function saveTimer(db: Db, producer: SchedulerProducer, saved: Schedule): Promise<SavedSchedule> {
  let warning: string | null = null;
  try {
    await applyTimer(producer, saved);
  } catch (error) {
    warning = timerWarning(error);
  }
  return { schedule: await recordNextRun(db, saved), warning };
}

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
    name: data.name || defaultScheduleName(data),
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
): Promise<SavedSchedule> {
  const schedule = await db.schedule.create({ data: await scheduleColumns(db, input) });
  return saveTimer(db, producer, schedule);
}

/** Replaces a schedule's settings (the full input, as the dashboard's form sends it). */
export async function updateSchedule(
  db: Db,
  producer: SchedulerProducer,
  id: string,
  input: ScheduleInput,
): Promise<SavedSchedule> {
  const data = await scheduleColumns(db, input);
  if (!(await db.schedule.findUnique({ where: { id }, select: { id: true } })))
    throw new ScheduleNotFoundError(id);
  const schedule = await db.schedule.update({ where: { id }, data });
  return saveTimer(db, producer, schedule);
}

export async function setScheduleEnabled(
  db: Db,
  producer: SchedulerProducer,
  id: string,
  enabled: boolean,
): Promise<SavedSchedule> {
  const found = await db.schedule.findUnique({ where: { id } });
  if (!found) throw new ScheduleNotFoundError(id);
  const schedule = await db.schedule.update({ where: { id }, data: { enabled } });
  return saveTimer(db, producer, schedule);
}

export interface DeletedSchedule {
  deleted: boolean;
  warning: string | null;
}

export async function deleteSchedule(
  db: Db,
  producer: SchedulerProducer,
  id: string,
): Promise<DeletedSchedule> {
  const { count } = await db.schedule.deleteMany({ where: { id } });
  try {
    await removeScheduler(producer, id);
    return { deleted: count > 0, warning: null };
  } catch (error) {
    // A leftover timer only starts a run that finds no schedule; reconcileSchedulers removes it.
    return { deleted: count > 0, warning: timerWarning(error) };
  }
}

/** Run now: one job outside the timetable; keyed so a double click does not start two. */
export async function runScheduleNow(db: Db, producer: SchedulerProducer, id: string): Promise<boolean> {
  if (!(await db.schedule.findUnique({ where: { id }, select: { id: true } })))
    throw new ScheduleNotFoundError(id);
  return producer.enqueue("runSchedule", { scheduleId: id, trigger: "manual" }, { dedupeId: `${id}-manual` });
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
