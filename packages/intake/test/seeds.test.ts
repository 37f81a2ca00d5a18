import { fileURLToPath } from "node:url";
import { prisma } from "@tidemark/db";
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadSeeds, readSeedManifest } from "../src/index.ts";

const seedsDir = fileURLToPath(new URL("../../../seeds", import.meta.url));
const producer = new Producer();

beforeEach(() => truncateAllTables(prisma));
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

describe("loadSeeds", () => {
  it("submits every manifest entry through the file intake, with its hints", async () => {
    const manifest = await readSeedManifest(seedsDir);
    const { outcomes } = await loadSeeds(prisma, producer, seedsDir);
    expect(outcomes.every((o) => o.outcome === "created")).toBe(true);
    const rows = await prisma.article.findMany({ orderBy: { filePath: "asc" } });
    expect(rows).toHaveLength(manifest.articles.length);
    for (const [i, row] of rows.entries()) {
      const entry = manifest.articles[i];
      expect(row.intake).toBe("file");
      expect(row.status).toBe("queued");
      expect(row.filePath).toBe(`seeds/${entry?.file}`);
      expect(row.submittedFormat).toBe("text");
      expect(row.submittedContent?.length).toBeGreaterThan(1000);
      expect(row.intakeHints).toMatchObject({ title: entry?.title });
    }
  });

  it("creates no duplicates when loaded twice", async () => {
    await loadSeeds(prisma, producer, seedsDir);
    const second = await loadSeeds(prisma, producer, seedsDir);
    expect(second.outcomes.every((o) => o.outcome === "duplicate")).toBe(true);
    expect(await prisma.article.count()).toBe(5);
  });
});
