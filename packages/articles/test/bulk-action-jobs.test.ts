// Filter-wide bulk actions as durable jobs: the row in Postgres is the truth, each batch's
// progress is recorded with its work, a run that dies resumes after the last recorded batch
// without redoing or double-counting it, articles added after the start are left alone, and a
// cancel stops the action between batches.
import { prisma } from "@tidemark/db";
import { Producer, QUEUES } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ArticleListFilters,
  bulkActionJobId,
  cancelBulkAction,
  readBulkAction,
  requestBulkAction,
  runBulkAction,
} from "../src/index.ts";

const producer = new Producer();

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

const base: ArticleListFilters = { status: [], source: [], tz: "UTC", sort: "added", limit: 50 };
const failedOnly = { params: { ...base, status: ["failed"] }, themeVersions: [] };

let serial = 0;
async function articles(n: number, status: "extracted" | "failed") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    serial += 1;
    const url = `https://news.example/${status}-${serial}`;
    const row = await prisma.article.create({
      data: {
        intake: "url",
        submittedUrl: url,
        normalizedUrl: url,
        status,
        title: `${status} ${serial}`,
        ...(status === "extracted" ? { text: "Some text.", contentHash: "a".repeat(64) } : {}),
        ...(status === "failed" ? { failureCode: "http_500" } : {}),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

const remainingIds = async () =>
  (await prisma.article.findMany({ select: { id: true } })).map((r) => r.id).sort();

class Crash extends Error {}

describe("bulk action jobs", () => {
  it("records the action in Postgres and wakes a worker job for it", async () => {
    await articles(2, "failed");
    const { action, queueWarning } = await requestBulkAction(prisma, producer, {
      kind: "delete",
      filters: failedOnly,
    });
    expect(queueWarning).toBeUndefined();
    expect(action).toMatchObject({ kind: "delete", status: "queued", total: null, done: 0 });
    expect(await producer.hasLiveJob(QUEUES.maintenance, bulkActionJobId(action.id))).toBe(true);
  });

  it("deletes every article the filter matches, in batches, with progress and a rate", async () => {
    await articles(7, "failed");
    const kept = await articles(3, "extracted");
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    const seen: number[] = [];
    const report = await runBulkAction(prisma, producer, action.id, {
      batchSize: 3,
      afterBatch: async () => {
        seen.push((await readBulkAction(prisma, action.id))?.done ?? -1);
      },
    });
    expect(report).toEqual({ outcome: "done", batches: 3, handled: 7 });
    expect(seen).toEqual([3, 6, 7]);
    expect(await remainingIds()).toEqual([...kept].sort());
    const view = await readBulkAction(prisma, action.id);
    expect(view).toMatchObject({ status: "done", total: 7, done: 7, affected: 7, etaSeconds: 0 });
    expect(view?.rate).toBeGreaterThan(0);
    // Run again (a duplicate job): nothing more happens.
    expect((await runBulkAction(prisma, producer, action.id)).outcome).toBe("skipped");
  });

  it("resumes a delete after a crash from the last recorded batch, counting each article once", async () => {
    await articles(5, "failed");
    const kept = await articles(2, "extracted");
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    await expect(
      runBulkAction(prisma, producer, action.id, {
        batchSize: 2,
        afterBatch: async () => {
          throw new Crash("worker died");
        },
      }),
    ).rejects.toBeInstanceOf(Crash);
    expect(await readBulkAction(prisma, action.id)).toMatchObject({
      status: "running",
      done: 2,
      affected: 2,
    });
    expect((await runBulkAction(prisma, producer, action.id, { batchSize: 2 })).outcome).toBe("done");
    expect(await readBulkAction(prisma, action.id)).toMatchObject({
      status: "done",
      total: 5,
      done: 5,
      affected: 5,
    });
    expect(await remainingIds()).toEqual([...kept].sort());
  });

  it("re-ingests every match once across a crash, skipping nothing it should not", async () => {
    const failed = await articles(5, "failed");
    await articles(2, "extracted");
    const { action } = await requestBulkAction(prisma, producer, { kind: "reingest", filters: failedOnly });
    let batches = 0;
    await expect(
      runBulkAction(prisma, producer, action.id, {
        batchSize: 2,
        afterBatch: async () => {
          batches += 1;
          if (batches === 2) throw new Crash("worker died");
        },
      }),
    ).rejects.toBeInstanceOf(Crash);
    expect(await readBulkAction(prisma, action.id)).toMatchObject({ done: 4 });
    await runBulkAction(prisma, producer, action.id, { batchSize: 2 });
    expect(await readBulkAction(prisma, action.id)).toMatchObject({
      status: "done",
      total: 5,
      done: 5,
      affected: 5,
      skipped: 0,
    });
    const requested = await prisma.article.findMany({
      where: { refetchRequestedAt: { not: null } },
      select: { id: true, status: true },
    });
    expect(requested.map((r) => r.id).sort()).toEqual([...failed].sort());
    // Failed articles without text go back to queued.
    expect(new Set(requested.map((r) => r.status))).toEqual(new Set(["queued"]));
  });

  it("leaves out articles that start matching after the action started", async () => {
    const first = await articles(4, "failed");
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    const paused = await runBulkAction(prisma, producer, action.id, { batchSize: 2, until: 0 });
    expect(paused).toMatchObject({ outcome: "paused", handled: 2 });
    const later = await articles(2, "failed");
    expect((await runBulkAction(prisma, producer, action.id, { batchSize: 2 })).outcome).toBe("done");
    expect(await readBulkAction(prisma, action.id)).toMatchObject({ total: 4, done: 4, affected: 4 });
    expect(await remainingIds()).toEqual([...later].sort());
    expect(first.every((id) => !later.includes(id))).toBe(true);
  });

  it("stops a cancelled action between batches, and a queued one at once", async () => {
    await articles(6, "failed");
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    await runBulkAction(prisma, producer, action.id, { batchSize: 2, until: 0 });
    expect((await cancelBulkAction(prisma, action.id))?.cancelRequested).toBe(true);
    expect((await runBulkAction(prisma, producer, action.id, { batchSize: 2 })).outcome).toBe("cancelled");
    expect(await readBulkAction(prisma, action.id)).toMatchObject({ status: "cancelled", done: 2 });
    expect(await prisma.article.count()).toBe(4);

    const queued = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    expect(await cancelBulkAction(prisma, queued.action.id)).toMatchObject({ status: "cancelled" });
    expect((await runBulkAction(prisma, producer, queued.action.id)).outcome).toBe("skipped");
    expect(await prisma.article.count()).toBe(4);
  });

  it("fails an action whose stored filter cannot be read, for good, touching nothing", async () => {
    await articles(2, "failed");
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    await prisma.bulkAction.update({ where: { id: action.id }, data: { filter: { params: { status: 7 } } } });
    expect((await runBulkAction(prisma, producer, action.id)).outcome).toBe("failed");
    const view = await readBulkAction(prisma, action.id);
    expect(view).toMatchObject({ status: "failed" });
    expect(view?.error).toMatch(/unreadable filter/);
    expect(await prisma.article.count()).toBe(2);
  });

  it("records a batch once when two runs of one action race", async () => {
    await articles(3, "failed");
    const { action } = await requestBulkAction(prisma, producer, { kind: "delete", filters: failedOnly });
    const [a, b] = await Promise.all([
      runBulkAction(prisma, producer, action.id, { batchSize: 1 }),
      runBulkAction(prisma, producer, action.id, { batchSize: 1 }),
    ]);
    expect([a.outcome, b.outcome]).toContain("done");
    expect(await readBulkAction(prisma, action.id)).toMatchObject({
      status: "done",
      total: 3,
      done: 3,
      affected: 3,
    });
    expect(await prisma.article.count()).toBe(0);
  });
});
