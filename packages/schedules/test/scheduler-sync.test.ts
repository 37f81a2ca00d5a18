// Postgres is the truth: job schedulers in Redis are made to match it, including after a flush
// (none left), after a schedule was deleted while no worker ran (an orphan timer), and after a
// change saved while Redis was unreachable.
import { prisma } from "@tidemark/db";
import { createRedisConnection, Producer, QUEUES } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  createSchedule,
  deleteSchedule,
  reconcileSchedulers,
  schedulerId,
  setScheduleEnabled,
  updateSchedule,
} from "../src/index.ts";

const producer = new Producer();
const queue = () => producer.queue(QUEUES.maintenance);
const resetRedis = resetTestRedis;

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetRedis();
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

const hourly = { name: "hourly", kind: "reingest", intervalSeconds: 3600, params: { scope: "all" } } as const;

describe("job schedulers follow Postgres", () => {
  it("recreates every enabled schedule's timer after a Redis flush, and not a paused one's", async () => {
    const { schedule: on } = await createSchedule(prisma, producer, hourly);
    const { schedule: off } = await createSchedule(prisma, producer, {
      name: "off",
      kind: "reingest",
      cron: "0 6 * * *",
      params: { scope: "failed" },
    });
    await setScheduleEnabled(prisma, producer, off.id, false);
    await resetRedis();
    expect(await queue().getJobScheduler(schedulerId(on.id))).toBeUndefined();

    expect(await reconcileSchedulers(prisma, producer)).toEqual({ set: 1, removed: 0, caughtUp: 0 });
    expect(await queue().getJobScheduler(schedulerId(on.id))).toMatchObject({ every: 3_600_000 });
    expect(await queue().getJobScheduler(schedulerId(off.id))).toBeUndefined();
  });

  it("leaves a timer that is already right alone, so its next run does not move", async () => {
    const { schedule } = await createSchedule(prisma, producer, {
      name: "daily",
      kind: "reingest",
      cron: "0 6 * * *",
      timezone: "Europe/Berlin",
      params: { scope: "all" },
    });
    const before = await queue().getJobScheduler(schedulerId(schedule.id));
    expect(await reconcileSchedulers(prisma, producer)).toEqual({ set: 0, removed: 0, caughtUp: 0 });
    expect(await queue().getJobScheduler(schedulerId(schedule.id))).toEqual(before);
  });

  it("removes a timer whose schedule no longer exists, and leaves other timers alone", async () => {
    await queue().upsertJobScheduler(
      schedulerId("01900000-0000-7000-8000-00000000dead"),
      { every: 60_000 },
      { name: "run-schedule" },
    );
    await queue().upsertJobScheduler("reconcile-periodic", { every: 60_000 }, { name: "reconcile" });
    expect(await reconcileSchedulers(prisma, producer)).toEqual({ set: 0, removed: 1, caughtUp: 0 });
    const left = (await queue().getJobSchedulers(0, -1)).map((s) => s.key);
    expect(left).toEqual(["reconcile-periodic"]);
  });

  it("saves a change while Redis is down, warns, and the next reconcile applies it", async () => {
    const { schedule } = await createSchedule(prisma, producer, hourly);
    // A producer whose Redis refuses connections: port 1 has no server.
    const deadRedis = createRedisConnection("producer", "redis://127.0.0.1:1");
    const offline = new Producer({ connection: deadRedis, connectTimeoutMs: 300 });
    try {
      const saved = await updateSchedule(prisma, offline, schedule.id, { ...hourly, intervalSeconds: 7200 });
      expect(saved.warning).toMatch(/Saved, but the schedule's timer could not be updated/);
      expect(saved.schedule.intervalSeconds).toBe(7200);
      const deleted = await deleteSchedule(prisma, offline, "01900000-0000-7000-8000-00000000beef");
      expect(deleted).toMatchObject({ deleted: false, warning: expect.stringMatching(/Redis/) });
    } finally {
      await offline.close();
      deadRedis.disconnect();
    }
    // Redis still has the old timing until a worker reconciles.
    expect(await queue().getJobScheduler(schedulerId(schedule.id))).toMatchObject({ every: 3_600_000 });
    expect(await reconcileSchedulers(prisma, producer)).toEqual({ set: 1, removed: 0, caughtUp: 0 });
    expect(await queue().getJobScheduler(schedulerId(schedule.id))).toMatchObject({ every: 7_200_000 });
  });

  it("keeps an interval's anchor when its timer is re-created: next run one interval after the last", async () => {
    const { schedule } = await createSchedule(prisma, producer, hourly);
    const lastRunAt = new Date(Date.now() - 20 * 60_000);
    await prisma.schedule.update({ where: { id: schedule.id }, data: { lastRunAt } });
    await resetRedis();
    await reconcileSchedulers(prisma, producer);
    const timer = await queue().getJobScheduler(schedulerId(schedule.id));
    // Due 40 minutes from now (last run + 1 h), not 1 h from now and not at once.
    expect(Number(timer?.next)).toBe(lastRunAt.getTime() + 3_600_000);
  });

  it("runs an overdue interval at once, once, when its timer is re-created", async () => {
    const { schedule } = await createSchedule(prisma, producer, hourly);
    await prisma.schedule.update({
      where: { id: schedule.id },
      data: { lastRunAt: new Date(Date.now() - 5 * 3_600_000) },
    });
    await resetRedis();
    const before = Date.now();
    await reconcileSchedulers(prisma, producer);
    const timer = await queue().getJobScheduler(schedulerId(schedule.id));
    expect(Number(timer?.next)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Number(timer?.next)).toBeLessThanOrEqual(Date.now() + 1_000);
  });

  it("gives an overdue cron schedule one catch-up run, not one per reconcile", async () => {
    const { schedule } = await createSchedule(prisma, producer, {
      name: "daily",
      kind: "reingest",
      cron: "0 6 * * *",
      params: { scope: "all" },
    });
    await prisma.schedule.update({
      where: { id: schedule.id },
      data: { nextRunAt: new Date(Date.now() - 3 * 3_600_000) },
    });
    expect((await reconcileSchedulers(prisma, producer)).caughtUp).toBe(1);
    expect((await reconcileSchedulers(prisma, producer)).caughtUp).toBe(0);
    expect(await producer.hasLiveJob(QUEUES.maintenance, `${schedule.id}-catch-up`)).toBe(true);
  });
});
