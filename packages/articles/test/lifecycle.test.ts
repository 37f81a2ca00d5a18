// The article lifecycle against real Postgres and Redis: an attempt is claimed only while
// Postgres says an ingest is owed, and a re-ingest asked for while an attempt runs is never
// swallowed by that attempt (no check-then-act between the request and the attempt).
import { prisma } from "@tidemark/db";
import { Producer, QUEUES } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { beginAttempt, noteNotModified, pendingIngestPage, requestRefetch } from "../src/index.ts";

const producer = new Producer();

beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

async function extractedArticle(url = "https://news.example/a", intake: "url" | "file" = "url") {
  return prisma.article.create({
    data: {
      intake,
      submittedUrl: url,
      normalizedUrl: url,
      status: "extracted",
      title: "A story",
      text: "Some text of the story.",
      contentHash: "a".repeat(64),
      taggedHash: "a".repeat(64),
    },
  });
}

describe("article lifecycle", () => {
  it("claims an attempt only when an ingest is owed", async () => {
    const article = await extractedArticle();
    expect(await beginAttempt(prisma, article.id)).toBeNull();
    const report = await requestRefetch(prisma, producer, [article.id]);
    expect(report.requested).toEqual([article.id]);
    expect(await producer.hasLiveJob(QUEUES.ingest, article.id)).toBe(true);
    const claimed = await beginAttempt(prisma, article.id);
    expect(claimed?.status).toBe("extracted");
    expect(claimed?.contentHash).toBe("a".repeat(64));
  });

  it("keeps a re-ingest asked for during an attempt owed after that attempt ends", async () => {
    const article = await extractedArticle();
    await requestRefetch(prisma, producer, [article.id]);
    const attempt = await beginAttempt(prisma, article.id);
    if (!attempt) throw new Error("no attempt claimed");
    // The user asks again while the attempt runs (e.g. the page was just edited).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await requestRefetch(prisma, producer, [article.id]);
    await noteNotModified(prisma, article.id, new Date(), attempt.startedAt);
    const after = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.refetchRequestedAt).not.toBeNull();
    expect(
      (await pendingIngestPage(prisma, undefined, new Date(Date.now() + 1_000), 10)).map((p) => p.id),
    ).toEqual([article.id]);
    // The next attempt answers it, and then nothing is owed.
    const next = await beginAttempt(prisma, article.id);
    if (!next) throw new Error("the second request was lost");
    await noteNotModified(prisma, article.id, new Date(), next.startedAt);
    expect(
      (await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).refetchRequestedAt,
    ).toBeNull();
    expect(await beginAttempt(prisma, article.id)).toBeNull();
  });

  it("puts a failed article without text back to queued, retries a failed file, never re-fetches an extracted file", async () => {
    const failed = await prisma.article.create({
      data: {
        submittedUrl: "https://news.example/f",
        normalizedUrl: "https://news.example/f",
        status: "failed",
        failureCode: "http_500",
      },
    });
    const file = await extractedArticle("file:seeds/x.txt", "file");
    // A file whose extraction failed is retried from its stored content.
    const failedFile = await prisma.article.create({
      data: {
        intake: "file",
        submittedUrl: "file:seeds/y.txt",
        normalizedUrl: "file:seeds/y.txt",
        submittedContent: "Some text.",
        submittedFormat: "text",
        status: "failed",
        failureCode: "internal_error",
      },
    });
    const report = await requestRefetch(prisma, producer, [failed.id, file.id, failedFile.id]);
    expect(report.requested.sort()).toEqual([failed.id, failedFile.id].sort());
    expect((await beginAttempt(prisma, failedFile.id))?.submittedContent).toBe("Some text.");
    expect((await prisma.article.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe("queued");
    expect(
      (await prisma.article.findUniqueOrThrow({ where: { id: file.id } })).refetchRequestedAt,
    ).toBeNull();
  });
});
