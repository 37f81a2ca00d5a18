// Import history against real Postgres: a batch is kept with its outcome and its articles, its
// progress is counted from their statuses (with a rate and an ETA while it runs), and once nothing
// is queued or fetching it is settled once, keeping the counts it ended with.
import { prisma } from "@tidemark/db";
import { Producer } from "@tidemark/queue";
import { deleteRedisPrefix, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  importProgress,
  listImports,
  recordImport,
  reopenImportsOf,
  runningImports,
  submitUrls,
} from "../src/index.ts";

const producer = new Producer();

beforeEach(async () => {
  await truncateAllTables(prisma);
  await deleteRedisPrefix(process.env.REDIS_URL ?? "", process.env.REDIS_PREFIX ?? "");
});

afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

async function addBatch(urls: string[]) {
  const { outcomes } = await submitUrls(prisma, producer, urls);
  const user = await prisma.user.upsert({
    where: { username: "ana" },
    create: { username: "ana", passwordHash: "x", role: "editor" },
    update: {},
  });
  const id = await recordImport(prisma, { kind: "urls", userId: user.id, outcomes });
  return { id, outcomes };
}

const setStatus = (urls: string[], status: "extracted" | "failed" | "fetching" | "queued") =>
  prisma.article.updateMany({ where: { normalizedUrl: { in: urls } }, data: { status } });

describe("import history", () => {
  it("keeps each batch with who added it, its outcome and its live progress", async () => {
    await submitUrls(prisma, producer, ["https://news.example/known"]);
    const urls = ["https://news.example/1", "https://news.example/2", "https://news.example/3"];
    const batch = await addBatch([...urls, "https://news.example/known", "not a url"]);
    await setStatus(["https://news.example/1"], "extracted");
    await setStatus(["https://news.example/2"], "fetching");

    const { entries, next, prev } = await listImports(prisma);
    expect([next, prev]).toEqual([null, null]);
    const [entry] = entries;
    expect(entry).toMatchObject({
      id: batch.id,
      kind: "urls",
      username: "ana",
      submitted: 5,
      created: 3,
      duplicate: 1,
      invalid: 1,
      settledAt: null,
    });
    expect(entry?.progress.counts.byStatus).toMatchObject({ queued: 2, fetching: 1, extracted: 1 });
    expect(entry?.progress).toMatchObject({ total: 4, pending: 3, running: true });
    expect(entry?.progress.counts).toMatchObject({ newTotal: 3, newSettled: 1 });
    expect(entry?.progress.perMinute).toBeGreaterThan(0);
    expect(entry?.progress.etaSeconds).toBeGreaterThan(0);
  });

  it("reopens a settled import when its failures are retried, and settles it again with their final statuses", async () => {
    const urls = ["https://news.example/ok", "https://news.example/flaky"];
    const batch = await addBatch(urls);
    await setStatus(["https://news.example/ok"], "extracted");
    await setStatus(["https://news.example/flaky"], "failed");
    expect(await runningImports(prisma)).toEqual([]);
    const failedEntry = (await listImports(prisma)).entries[0];
    expect(failedEntry?.progress.counts.byStatus).toMatchObject({ extracted: 1, failed: 1 });

    // The failure is retried (what requestRefetch does: back to queued, its imports reopened).
    const flaky = await prisma.article.findFirstOrThrow({
      where: { normalizedUrl: "https://news.example/flaky" },
    });
    await setStatus(["https://news.example/flaky"], "queued");
    expect(await reopenImportsOf(prisma, [flaky.id])).toBe(1);
    expect((await runningImports(prisma)).map((r) => r.id)).toEqual([batch.id]);
    expect((await listImports(prisma)).entries[0]?.progress).toMatchObject({ running: true, pending: 1 });

    await setStatus(["https://news.example/flaky"], "extracted");
    expect(await runningImports(prisma)).toEqual([]);
    const [entry] = (await listImports(prisma)).entries;
    expect(entry?.settledAt).not.toBeNull();
    expect(entry?.progress).toMatchObject({ running: false, pending: 0 });
    expect(entry?.progress.counts.byStatus).toMatchObject({ extracted: 2, failed: 0 });
    // Articles of other imports only: nothing to reopen.
    expect(await reopenImportsOf(prisma, [crypto.randomUUID()])).toBe(0);
  });

  it("settles an import once nothing is pending, and keeps the counts it ended with", async () => {
    const urls = ["https://news.example/a", "https://news.example/b"];
    const batch = await addBatch(urls);
    expect((await runningImports(prisma)).map((r) => r.id)).toEqual([batch.id]);

    await setStatus(["https://news.example/a"], "extracted");
    await setStatus(["https://news.example/b"], "failed");
    expect(await runningImports(prisma)).toEqual([]);
    const settled = await prisma.import.findUniqueOrThrow({ where: { id: batch.id } });
    expect(settled.settledAt).not.toBeNull();

    // Later changes to its articles do not reopen or recount it.
    await prisma.article.deleteMany({ where: { normalizedUrl: "https://news.example/a" } });
    const [entry] = (await listImports(prisma)).entries;
    expect(entry?.progress).toMatchObject({ total: 2, pending: 0, running: false, perMinute: null });
    expect(entry?.progress.counts.byStatus).toMatchObject({ extracted: 1, failed: 1 });
  });

  it("pages newest first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await addBatch([`https://news.example/p${i}`])).id);
    const first = await listImports(prisma, { pageSize: 2 });
    const third = await listImports(prisma, { page: 3, pageSize: 2 });
    expect(first.entries.map((e) => e.id)).toEqual([ids[4], ids[3]]);
    expect([first.prev, first.next]).toEqual([null, 2]);
    expect(third.entries.map((e) => e.id)).toEqual([ids[0]]);
    expect([third.prev, third.next]).toEqual([2, null]);
  });

  it("estimates the time left from the rate so far", () => {
    const counts = {
      byStatus: { queued: 30, fetching: 0, extracted: 10, failed: 0, gone: 0, duplicate: 0 },
      newSettled: 10,
      newTotal: 40,
    };
    const progress = importProgress(
      counts,
      new Date("2026-01-01T00:00:00Z"),
      new Date("2026-01-01T00:02:00Z"),
    );
    expect(progress.perMinute).toBe(5);
    expect(progress.etaSeconds).toBe(360);
  });
});
