// The outlet of an article, against real Postgres: many articles of a new outlet arriving at once
// all get its one row (Prisma's upsert alone is a read then an insert, and lost that race with a
// unique violation), and the first name learnt is kept.
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resolveSource } from "../src/resolve-source.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("resolveSource", () => {
  it("gives every concurrent article of a new outlet the same row, with no error", async () => {
    for (let round = 0; round < 5; round += 1) {
      const url = `https://round${round}.example/story`;
      const ids = await Promise.all(
        Array.from({ length: 8 }, (_, i) => resolveSource(prisma, `${url}/${i}`, null)),
      );
      expect(new Set(ids).size).toBe(1);
    }
    expect(await prisma.source.count()).toBe(5);
  });

  it("keeps the first name learnt, and learns one when the outlet had none", async () => {
    const id = await resolveSource(prisma, "https://named.example/a", null);
    expect(await resolveSource(prisma, "https://named.example/b", "Named Daily")).toBe(id);
    expect(await resolveSource(prisma, "https://named.example/c", "Named Daily — Sport")).toBe(id);
    const row = await prisma.source.findUniqueOrThrow({ where: { id: id ?? "" } });
    expect(row.name).toBe("Named Daily");
  });
});
