// The document count behind story key weights is sharded: two first groupings that share no key
// do not wait on each other's transaction, and the count stays exact.
import { randomUUID } from "node:crypto";
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { countKeys, DOCUMENT_SHARDS, documentShard } from "../src/stories/document-frequency-query.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

/** Two article ids counted in different shards. */
function idsInTwoShards(): [string, string] {
  const first = randomUUID();
  for (;;) {
    const second = randomUUID();
    if (documentShard(second) !== documentShard(first)) return [first, second];
  }
}

describe("story key document frequencies", () => {
  it("lets groupings without a shared key count in while another is open, and counts every document", async () => {
    const [a, b] = idsInTwoShards();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstCounted = () => {};
    const counted = new Promise<void>((resolve) => {
      firstCounted = resolve;
    });
    // The first grouping counts in and keeps its transaction (and its row locks) open.
    const first = prisma.$transaction(
      async (tx) => {
        const f = await countKeys(tx, a, ["t:alpha"], true);
        firstCounted();
        await held;
        return f;
      },
      { timeout: 60_000 },
    );
    await counted;
    // The second shares no key: it must not wait for the first (a lock wait fails at once).
    const second = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL lock_timeout = '2s'`;
      return countKeys(tx, b, ["t:beta"], true);
    });
    release();
    const firstResult = await first;
    expect(firstResult.documents).toBe(1);
    // It cannot see the first's uncommitted count, only its own.
    expect(second.documents).toBe(1);
    expect(second.df.get("t:beta")).toBe(1);

    // Afterwards every grouping sees both, and a re-grouping (not counted again) reads 2.
    const third = await prisma.$transaction((tx) => countKeys(tx, a, ["t:alpha", "t:beta"], false));
    expect(third.documents).toBe(2);
    expect(Object.fromEntries(third.df)).toEqual({ "t:alpha": 1, "t:beta": 1 });
    const total = await prisma.storyTermDf.aggregate({
      where: { key: { in: [...DOCUMENT_SHARDS] } },
      _sum: { df: true },
    });
    expect(total._sum.df).toBe(2);
  });
});
