// Intake of long lists: bounded chunks (any list size works; one lookup for a 50,000-URL sitemap
// would need 100,000 bind parameters, past Postgres' 65,535) and transient database errors
// retried, so a Postgres hiccup mid-import registers every URL exactly once.
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type ArticleCandidate, REGISTER_CHUNK, registerArticles } from "../src/register-articles.ts";

beforeEach(() => truncateAllTables(prisma));
afterAll(() => prisma.$disconnect());

const candidates = (n: number, tag: string): ArticleCandidate[] =>
  Array.from({ length: n }, (_, i) => {
    const url = `https://news.example/${tag}/${i}`;
    return { input: url, normalizedUrl: url, data: { intake: "sitemap", submittedUrl: url } };
  });

describe("registering many URLs", () => {
  it("keeps each transaction under Postgres' bind-parameter limit", () => {
    // A chunk's lookup binds two parameters per URL, its insert about a dozen.
    expect(REGISTER_CHUNK * 12).toBeLessThan(65_535);
  });

  it("registers a list in bounded chunks, with in-list duplicates, and a re-run reports all as there", async () => {
    const items = [...candidates(2_500, "big"), ...candidates(300, "big")];
    const first = await registerArticles(prisma, items, { chunkSize: 400 });
    expect(first.createdIds).toHaveLength(2_500);
    expect(first.outcomes.filter((o) => o.outcome === "created")).toHaveLength(2_500);
    expect(first.outcomes.slice(2_500).every((o) => o.outcome === "duplicate")).toBe(true);
    expect(await prisma.article.count()).toBe(2_500);

    const again = await registerArticles(prisma, items, { chunkSize: 400 });
    expect(again.createdIds).toHaveLength(0);
    expect(again.outcomes.every((o) => o.outcome === "duplicate")).toBe(true);
  });

  it("survives Postgres dropping every connection mid-intake: all URLs registered, none twice", async () => {
    const items = candidates(3_000, "restart");
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const { rows } = await admin.query<{ db: string }>("SELECT current_database() AS db");
    let killed = 0;
    let stop = false;
    // What a Postgres restart does to open connections (57P01), a few times during the intake.
    const killer = (async () => {
      while (!stop && killed < 3) {
        const result = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [rows[0]?.db],
        );
        if (result.rowCount) killed += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    try {
      const result = await registerArticles(prisma, items, { chunkSize: 200 });
      expect(result.outcomes.every((o) => o.outcome === "created" || o.outcome === "duplicate")).toBe(true);
    } finally {
      stop = true;
      await killer;
      await admin.end();
    }
    expect(killed).toBeGreaterThan(0);
    expect(await prisma.article.count()).toBe(3_000);
  }, 120_000);
});
