// The demo corpus end to end through the package: asked for once (a second ask and `--if-new`
// after removal change nothing), filed through the file intake with the records' own dates,
// resumable, and removed with the coverage aggregates left exactly as a rebuild computes them.
import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { prisma } from "@tidemark/db";
import { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import { rebuildCoverage, syncArticleCoverage } from "@tidemark/themes/coverage";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type DemoManifest,
  demoDocument,
  readDemoLines,
  readDemoManifest,
  requestDemoLoad,
  requestDemoReload,
  requestDemoRemoval,
  runOwedDemoWork,
} from "../src/index.ts";

const shippedDir = fileURLToPath(new URL("../../../seeds/demo", import.meta.url));
const producer = new Producer();
let shipped: DemoManifest;
/** A 1,200-record cut of the shipped corpus (three chunks), so the load tests stay quick. */
let demoDir: string;
let manifest: DemoManifest;

beforeAll(async () => {
  shipped = await readDemoManifest(shippedDir);
  const lines = (await readDemoLines(shippedDir, shipped)).slice(0, 1_200);
  const gz = gzipSync(`${lines.join("\n")}\n`);
  demoDir = await mkdtemp(join(tmpdir(), "tidemark-demo-"));
  manifest = {
    ...shipped,
    records: lines.length,
    sha256: createHash("sha256").update(gz).digest("hex"),
  };
  await writeFile(join(demoDir, manifest.file), gz);
  await writeFile(join(demoDir, "manifest.json"), JSON.stringify(manifest));
});

beforeEach(() => truncateAllTables(prisma));
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

/** What the worker would do for some articles: mark them extracted with their hinted date, counted. */
async function extractSome(take: number): Promise<void> {
  const rows = await prisma.article.findMany({
    select: { id: true, intakeHints: true },
    orderBy: { id: "asc" },
    take,
  });
  for (const row of rows) {
    const hints = row.intakeHints as { publishedAt?: string } | null;
    await prisma.$transaction(async (tx) => {
      await tx.article.update({
        where: { id: row.id },
        data: {
          status: "extracted",
          fetchedAt: new Date(),
          publishedAt: hints?.publishedAt ? new Date(`${hints.publishedAt}T12:00:00Z`) : null,
        },
      });
      await syncArticleCoverage(tx, row.id);
    });
  }
}

async function aggregateTotal(): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT coalesce(sum(articles), 0)::int AS n FROM coverage_hourly
    WHERE source_key = '00000000-0000-0000-0000-000000000000'::uuid`;
  return rows[0]?.n ?? 0;
}

async function nonZeroRows(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ row: string }[]>`
    SELECT concat_ws(' ', basis, source_key, hour, articles) AS row FROM coverage_hourly
    WHERE articles <> 0 ORDER BY 1`;
  return rows.map((r) => r.row);
}

describe("demo manifest and records", () => {
  it("names its source and licence and matches its file", async () => {
    expect(shipped.source.license).toBe("CC BY 4.0");
    expect(shipped.source.citation).toMatch(/Misra/);
    expect(await readDemoLines(shippedDir, shipped)).toHaveLength(shipped.records);
    await expect(readDemoLines(shippedDir, { ...shipped, sha256: "0".repeat(64) })).rejects.toThrow(
      /does not match its manifest/,
    );
  });

  it("files a record with its own date, title, byline and address", async () => {
    const [line] = await readDemoLines(demoDir, manifest);
    const record = JSON.parse(line ?? "{}") as Record<string, string>;
    const doc = demoDocument(manifest, line ?? "", 1);
    expect(doc.key).toBe(`demo/${manifest.name}#1`);
    expect(doc.url).toBe(record.link);
    expect(doc.hints?.publishedAt).toBe(record.date);
    expect(doc.hints?.title).toBe(record.headline);
    expect(doc.content).toContain(record.short_description);
  });

  it("refuses a record that is not JSON, naming its number", () => {
    expect(() => demoDocument(manifest, "{oops", 7)).toThrow(/record 7 is not JSON/);
  });
});

describe("loading and removing", () => {
  it("loads once, resumes, and a second ask files nothing", async () => {
    const m = manifest;
    expect((await requestDemoLoad(prisma, producer, m)).outcome).toBe("requested");
    expect((await requestDemoLoad(prisma, producer, m)).outcome).toBe("already-requested");
    // Pretend a worker died after the first chunk: the row says 500 filed.
    await prisma.demoCorpus.update({ where: { name: m.name }, data: { status: "loading", filed: 500 } });
    const report = await runOwedDemoWork(prisma, producer, demoDir, m);
    expect(report.outcome).toBe("loaded");
    expect(await prisma.article.count()).toBe(manifest.records - 500);
    // The skipped first chunk is filed on a fresh load; nothing twice.
    await prisma.demoCorpus.update({ where: { name: m.name }, data: { status: "loading", filed: 0 } });
    const again = await runOwedDemoWork(prisma, producer, demoDir, manifest);
    expect(again.created).toBe(500);
    expect(await prisma.article.count()).toBe(manifest.records);
    const dated = await prisma.article.count({
      where: { intakeHints: { path: ["publishedAt"], not: "null" } },
    });
    expect(dated).toBe(manifest.records);
    expect((await requestDemoLoad(prisma, producer, m)).outcome).toBe("already-loaded");
  }, 120_000);

  it("removes the demo articles and leaves the aggregates exact; a removed corpus stays removed", async () => {
    // One article of the user's own (the oldest id, so among the 120 counted below).
    const own = await prisma.article.create({
      data: {
        submittedUrl: "https://example.org/a",
        normalizedUrl: "https://example.org/a",
        status: "queued",
      },
    });
    await requestDemoLoad(prisma, producer, manifest);
    await runOwedDemoWork(prisma, producer, demoDir, manifest);
    await extractSome(120);
    expect(await aggregateTotal()).toBe(120);

    expect((await requestDemoRemoval(prisma, producer, manifest.name)).outcome).toBe("removing");
    const report = await runOwedDemoWork(prisma, producer, demoDir, manifest);
    expect(report).toMatchObject({ outcome: "removed", removed: manifest.records });
    expect(await prisma.article.count()).toBe(1);
    expect((await prisma.article.findFirst())?.id).toBe(own.id);
    expect(await aggregateTotal()).toBe(1);
    // Exactly what a rebuild from the articles computes.
    const before = await nonZeroRows();
    await rebuildCoverage(prisma);
    expect(await nonZeroRows()).toEqual(before);
    expect((await requestDemoLoad(prisma, producer, manifest, { ifNew: true })).outcome).toBe("kept-removed");
    expect((await requestDemoReload(prisma, producer, manifest.name)).outcome).toBe("requested");
  }, 240_000);
});
