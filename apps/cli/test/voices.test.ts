// `tidemark voices`: the most quoted voices from the database, as text and JSON, with filters;
// a bad kind is a usage error; `voices backfill` records the backfill in Postgres.
import { createHash } from "node:crypto";
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { loadEntityMatchers, storeArticleQuotes } from "@tidemark/voices";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

beforeAll(async () => {
  await truncateAllTables(prisma);
  const source = await prisma.source.create({ data: { key: "a.example", domain: "a.example" } });
  const texts = [
    "“We will not back down on this,” said Senator Jane Doe.",
    "“Farmers are paying the price,” Jane Doe said.\n\n“It is a fair deal,” the White House said.",
  ];
  const matchers = await loadEntityMatchers(prisma);
  for (const [i, text] of texts.entries()) {
    const a = await prisma.article.create({
      data: {
        submittedUrl: `https://a.example/${i}`,
        normalizedUrl: `https://a.example/${i}`,
        status: "extracted",
        title: `Story ${i}`,
        text,
        contentHash: createHash("sha256").update(text).digest("hex"),
        publishedAt: new Date(`2024-03-0${i + 1}T10:00:00Z`),
        sourceId: source.id,
      },
    });
    await storeArticleQuotes(prisma, a.id, matchers);
  }
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("tidemark voices", () => {
  it("lists voices, most quoted first, and filters them", async () => {
    const text = await runCli(["voices"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2 quotes\s+2 articles\s+1 outlets\s+Jane Doe \(person\)/);
    const json = await runCli(["voices", "--json", "--kind", "organisation", "--source", "a.example"]);
    expect(JSON.parse(json.stdout).voices.map((v: { label: string }) => v.label)).toEqual(["White House"]);
    const bad = await runCli(["voices", "--kind", "robot"]);
    expect(bad.code).toBe(2);
  }, 180_000);

  it("queues a quotes backfill and reports its state", async () => {
    const started = await runCli(["voices", "backfill", "--force"]);
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/queued for 2 article/);
    const status = await runCli(["voices", "backfill", "--status"]);
    expect(JSON.parse(status.stdout)).toMatchObject({ backfill: { status: "queued", force: true } });
  }, 120_000);
});
