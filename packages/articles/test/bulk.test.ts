// Bulk actions over a selection or over every article a filter matches, a batch at a time:
// exactly the matching articles are changed, across several batches, and articles outside the
// filter are left alone.
import { prisma } from "@tidemark/db";
import { Producer, QUEUES } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type ArticleListFilters, bulkBatches, bulkDelete, bulkReingest } from "../src/index.ts";

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
const filters = (params: Partial<ArticleListFilters>) => ({
  params: { ...base, ...params },
  themeVersions: [],
});

async function articles(n: number, status: "extracted" | "failed", intake: "url" | "file" = "url") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const url = `${intake === "file" ? "file:" : "https://news.example/"}${status}-${intake}-${i}`;
    const row = await prisma.article.create({
      data: {
        intake,
        submittedUrl: url,
        normalizedUrl: url,
        status,
        title: `${status} ${i}`,
        ...(status === "extracted" ? { text: "Some text.", contentHash: "a".repeat(64) } : {}),
        ...(status === "failed" ? { failureCode: "http_500" } : {}),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

describe("bulk actions", () => {
  it("reads the matching ids in batches, never past the filter", async () => {
    const failed = await articles(5, "failed");
    await articles(3, "extracted");
    const batches: string[][] = [];
    for await (const batch of bulkBatches(prisma, filters({ status: ["failed"] }), { batchSize: 2 }))
      batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat().sort()).toEqual([...failed].sort());
  });

  it("deletes every article a filter matches, across batches, and nothing else", async () => {
    await articles(5, "failed");
    const kept = await articles(3, "extracted");
    const report = await bulkDelete(prisma, filters({ status: ["failed"] }), { batchSize: 2 });
    expect(report).toEqual({ matched: 5, deleted: 5, next: null });
    const left = await prisma.article.findMany({ select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
  });

  it("stops at a time limit after a batch and goes on from where it stopped", async () => {
    const failed = await articles(5, "failed");
    const kept = await articles(2, "extracted");
    const only = filters({ status: ["failed"] });
    // A limit already past: exactly one batch, then where to go on from.
    const first = await bulkDelete(prisma, only, { batchSize: 2, until: Date.now() });
    expect(first.deleted).toBe(2);
    expect(first.next).not.toBeNull();
    let deleted = first.deleted;
    let next = first.next;
    let runs = 1;
    while (next) {
      const run = await bulkDelete(prisma, only, { batchSize: 2, after: next, until: Date.now() });
      deleted += run.deleted;
      next = run.next;
      runs += 1;
    }
    expect(deleted).toBe(5);
    expect(runs).toBe(3);
    const left = await prisma.article.findMany({ select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
    expect(failed).toHaveLength(5);
  });

  it("re-ingests a selection, skipping imported documents that have their text", async () => {
    const failed = await articles(3, "failed");
    const [file] = await articles(1, "extracted", "file");
    const [other] = await articles(1, "extracted");
    const selection = [...failed, file ?? ""];
    const report = await bulkReingest(prisma, producer, filters({ id: selection }), { batchSize: 2 });
    expect(report).toMatchObject({ matched: 4, requested: 3, skipped: 1, woken: 3 });
    for (const id of failed) expect(await producer.hasLiveJob(QUEUES.ingest, id)).toBe(true);
    const rows = await prisma.article.findMany({
      select: { id: true, status: true, refetchRequestedAt: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of failed) expect(byId.get(id)?.status).toBe("queued");
    expect(byId.get(other ?? "")?.refetchRequestedAt).toBeNull();
    expect(byId.get(file ?? "")?.refetchRequestedAt).toBeNull();
  });
});
