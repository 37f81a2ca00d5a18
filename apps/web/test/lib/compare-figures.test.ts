// Compare's figures come from one snapshot: a backfill that switches a theme to a new version
// after the summaries are read (the chart) and before the streamed sections are (heatmap and
// co-occurrence) shows in none of them — every section counts the version the chart counts.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchTheme } from "@/app/api/themes/[id]/route";
import { POST as createTheme } from "@/app/api/themes/route";
import { compareFigures } from "@/lib/compare/compare-figures";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { runQueuedBackfills, seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

const range: ResolvedRange = {
  unit: "week",
  timezone: "UTC",
  from: "2024-03-04",
  to: "2024-03-17",
  count: "articles",
  defaulted: false,
};

async function themeId(name: string, definition: string): Promise<string> {
  const created = await call(createTheme, {
    method: "POST",
    path: "/api/themes",
    as: { bearer: user.token },
    json: { name, definition },
  });
  expect(created.status).toBe(201);
  return (await json<{ theme: { themeId: string } }>(created)).theme.themeId;
}

describe("compare figures", () => {
  it("counts one version of a theme in the chart, the heatmap and the co-occurrence while a backfill commits", async () => {
    await seedArticles([
      { title: "Kelp harvest and farm prices", publishedAt: "2024-03-04T09:00:00Z", source: "a.example" },
      { title: "Kelp exports", publishedAt: "2024-03-05T09:00:00Z", source: "b.example" },
      { title: "Seaweed farm expands", publishedAt: "2024-03-12T09:00:00Z", source: "a.example" },
      { title: "Seaweed prices", publishedAt: "2024-03-13T09:00:00Z", source: "b.example" },
      { title: "Farm subsidies", publishedAt: "2024-03-06T09:00:00Z", source: "a.example" },
    ]);
    const kelp = await themeId("Kelp", "kelp");
    const farm = await themeId("Farm", "farm");
    await runQueuedBackfills();
    const edit = await call(patchTheme, {
      method: "PATCH",
      path: `/api/themes/${kelp}`,
      as: { bearer: user.token },
      params: { id: kelp },
      json: { definition: "kelp OR seaweed", note: "seaweed too" },
    });
    expect(edit.status).toBe(200);
    const [first, second] = await prisma.themeVersion.findMany({
      where: { themeId: kelp },
      orderBy: { version: "asc" },
      select: { id: true },
    });
    if (!first || !second) throw new Error("expected two versions");

    const pick = () => [kelp, farm];
    let backfilled = false;
    const during = await compareFigures(prisma, range, pick, async () => {
      await runQueuedBackfills();
      backfilled = true;
    });
    const [heatmap, cooccurrence] = await Promise.all([during.heatmap, during.cooccurrence]);
    expect(backfilled).toBe(true);
    const chartHits = during.themes.find((t) => t.id === kelp)?.hits;
    expect(during.themes.find((t) => t.id === kelp)?.seriesVersion).toBe(1);
    expect(heatmap?.themes.find((t) => t.themeId === kelp)?.versionId).toBe(first.id);
    expect(heatmap?.overall.themes.find((t) => t.themeId === kelp)?.hits).toBe(chartHits);
    expect(cooccurrence?.themes.find((t) => t.themeId === kelp)).toMatchObject({
      versionId: first.id,
      hits: chartHits,
    });
    // Version 1 ("kelp") meets "farm" in one article; version 2 would in two.
    expect(cooccurrence?.pairs.find((p) => [p.a, p.b].includes(kelp))?.both).toBe(1);

    const after = await compareFigures(prisma, range, pick);
    const afterHits = after.themes.find((t) => t.id === kelp)?.hits;
    expect(afterHits).toBeGreaterThan(chartHits ?? 0);
    expect((await after.heatmap)?.overall.themes.find((t) => t.themeId === kelp)?.hits).toBe(afterHits);
    expect(await after.cooccurrence).toMatchObject({
      themes: expect.arrayContaining([expect.objectContaining({ versionId: second.id, hits: afterHits })]),
    });
    expect((await after.cooccurrence)?.pairs.find((p) => [p.a, p.b].includes(kelp))?.both).toBe(2);
  });

  it("reads no sections when no theme is picked", async () => {
    const figures = await compareFigures(prisma, range, () => []);
    expect(figures.selectedIds).toEqual([]);
    expect(await figures.heatmap).toBeNull();
    expect(await figures.cooccurrence).toBeNull();
  });
});
