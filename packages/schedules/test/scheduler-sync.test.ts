// Postgres is the truth: job schedulers in Redis are made to match it, including after a flush
// (none left) and after a schedule was deleted while no worker ran (an orphan timer).
import { prisma } from "@tidemark/db";
import { Producer, QUEUES } from "@tidemark/queue";
import { deleteRedisPrefix, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createSchedule, schedulerId, setScheduleEnabled, syncAllSchedulers } from "../src/index.ts";

const producer = new Producer();
const queue = () => producer.queue(QUEUES.maintenance);

beforeEach(async () => {
  await truncateAllTables(prisma);
  await deleteRedisPrefix(process.env.REDIS_URL ?? "", process.env.REDIS_PREFIX ?? "");
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("job schedulers follow Postgres", () => {
  it("recreates every enabled schedule's timer after a Redis flush, and not a paused one's", async () => {
    const on = await createSchedule(prisma, producer, {
      name: "on",
      kind: "reingest",
      intervalSeconds: 3600,
      params: { scope: "all" },
    });
    const off = await createSchedule(prisma, producer, {
      name: "off",
      kind: "reingest",
      cron: "0 6 * * *",
      params: { scope: "failed" },
    });
    await setScheduleEnabled(prisma, producer, off.id, false);
    await deleteRedisPrefix(process.env.REDIS_URL ?? "", process.env.REDIS_PREFIX ?? "");
    expect(await queue().getJobScheduler(schedulerId(on.id))).toBeUndefined();

    const result = await syncAllSchedulers(prisma, producer);
    expect(result.synced).toBe(2);
    expect(await queue().getJobScheduler(schedulerId(on.id))).toMatchObject({ every: 3_600_000 });
    expect(await queue().getJobScheduler(schedulerId(off.id))).toBeUndefined();
  });

  it("removes a timer whose schedule no longer exists, and leaves other timers alone", async () => {
    await queue().upsertJobScheduler(
      schedulerId("01900000-0000-7000-8000-00000000dead"),
      { every: 60_000 },
      { name: "run-schedule" },
    );
    await queue().upsertJobScheduler("reconcile-periodic", { every: 60_000 }, { name: "reconcile" });
    const result = await syncAllSchedulers(prisma, producer);
    expect(result.removed).toBe(1);
    const left = (await queue().getJobSchedulers(0, -1)).map((s) => s.key);
    expect(left).toEqual(["reconcile-periodic"]);
  });
});
