// Re-ingesting an article reopens the settled imports it came from, so the import history follows
// it again and settles with the status it ends with (not the failure it was retried from).
import { prisma } from "@tidemark/db";
import { recordImport, runningImports, submitUrls } from "@tidemark/intake";
import { Producer } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { requestRefetch } from "../src/index.ts";

const producer = new Producer();

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("re-ingest and the import history", () => {
  it("reopens the settled import of a retried failure, which settles again once it is extracted", async () => {
    const { outcomes } = await submitUrls(prisma, producer, [
      "https://news.example/x",
      "https://news.example/y",
    ]);
    const importId = await recordImport(prisma, { kind: "urls", userId: null, outcomes });
    const other = await submitUrls(prisma, producer, ["https://news.example/z"]);
    const otherImport = await recordImport(prisma, { kind: "urls", userId: null, outcomes: other.outcomes });
    await prisma.article.updateMany({ data: { status: "failed", failureCode: "http_500" } });
    expect(await runningImports(prisma)).toEqual([]);

    const failed = await prisma.article.findFirstOrThrow({
      where: { normalizedUrl: "https://news.example/x" },
    });
    const report = await requestRefetch(prisma, producer, [failed.id]);
    expect(report.requested).toEqual([failed.id]);
    const [reopened, untouched] = await Promise.all([
      prisma.import.findUniqueOrThrow({ where: { id: importId } }),
      prisma.import.findUniqueOrThrow({ where: { id: otherImport } }),
    ]);
    expect(reopened).toMatchObject({ settledAt: null, finalCounts: null });
    expect(untouched.settledAt).not.toBeNull();

    await prisma.article.update({ where: { id: failed.id }, data: { status: "extracted" } });
    expect(await runningImports(prisma)).toEqual([]);
    const settled = await prisma.import.findUniqueOrThrow({ where: { id: importId } });
    expect(settled.settledAt).not.toBeNull();
    expect(settled.finalCounts).toMatchObject({ byStatus: { extracted: 1, failed: 1 } });
  });
});
