// The quotes backfill: articles stored before quotes existed get them, progress is kept in
// Postgres, a second run finds nothing owed, and a forced run re-extracts everything.
import { truncateAllTables } from "@tidemark/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { readQuotesBackfill, requestQuotesBackfill, runQuotesBackfill } from "../src/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});

describe("quotes backfill", () => {
  it("extracts quotes for every article without them, in batches, and records its progress", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1)
      ids.push(
        await addArticle(prisma, { text: `Intro ${i}.\n\n“Number ${i} is the one we want,” said Jane Doe.` }),
      );
    await prisma.article.create({
      data: { submittedUrl: "https://x.example/q", normalizedUrl: "https://x.example/q", status: "queued" },
    });
    expect(await readQuotesBackfill(prisma)).toBeNull();
    expect(await requestQuotesBackfill(prisma)).toMatchObject({ status: "queued", total: 5 });
    expect(await runQuotesBackfill(prisma, 2)).toEqual({ status: "done", done: 5, stored: 5, total: 5 });
    expect(await prisma.articleQuote.count()).toBe(5);
    expect(await readQuotesBackfill(prisma)).toMatchObject({ status: "done", done: 5, quotes: 5 });
    expect(await runQuotesBackfill(prisma)).toMatchObject({ status: "done", done: 5 });

    // Nothing is owed now; forcing re-extracts all (e.g. after entity aliases changed).
    expect(await requestQuotesBackfill(prisma)).toMatchObject({ total: 0 });
    expect(await runQuotesBackfill(prisma)).toMatchObject({ status: "done", done: 0, stored: 0 });
    await requestQuotesBackfill(prisma, { force: true });
    expect(await runQuotesBackfill(prisma)).toMatchObject({ status: "done", done: 5, stored: 5 });
    expect(await prisma.articleQuote.count()).toBe(5);
  });

  it("resumes from its cursor after an interruption", async () => {
    for (let i = 0; i < 4; i += 1)
      await addArticle(prisma, { text: `“Quote number ${i} stands alone here,” said Jane Doe.` });
    const state = await requestQuotesBackfill(prisma);
    const [firstId] = await prisma.article.findMany({
      orderBy: { id: "asc" },
      take: 1,
      select: { id: true },
    });
    // As if a worker died after its first batch of one.
    await prisma.appSetting.update({
      where: { key: "quotes_backfill" },
      data: { value: { ...state, status: "running", cursor: firstId?.id ?? null, done: 1 } },
    });
    expect(await runQuotesBackfill(prisma)).toMatchObject({ status: "done", done: 4, stored: 3 });
  });
});
