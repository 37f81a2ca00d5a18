// Compare's figures come from one snapshot: a backfill that switches a theme to a new version
// after the summaries are read (the chart) and before the streamed sections are (heatmap and
// co-occurrence) shows in none of them — every section counts the version the chart counts.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { compareFigures } from "@/lib/compare/compare-figures";
import { runQueuedBackfills, seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { cleanDatabaseEachTest } from "../support/lifecycle";
import { createThemeAs, editThemeAs, MARCH_WEEKS } from "../support/themes";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

const range = MARCH_WEEKS;

describe("compare figures", () => {
  it("counts one version of a theme in the chart, the heatmap and the co-occurrence while a backfill commits", async () => {
    await seedArticles([
      { title: "Kelp harvest and farm prices", publishedAt: "2024-03-04T09:00:00Z", source: "a.example" },
      { title: "Kelp exports", publishedAt: "2024-03-05T09:00:00Z", source: "b.example" },
      { title: "Seaweed farm expands", publishedAt: "2024-03-12T09:00:00Z", source: "a.example" },
      { title: "Seaweed prices", publishedAt: "2024-03-13T09:00:00Z", source: "b.example" },
      { title: "Farm subsidies", publishedAt: "2024-03-06T09:00:00Z", source: "a.example" },
    ]);
    const kelp = await createThemeAs(user, "Kelp", "kelp");
    const farm = await createThemeAs(user, "Farm", "farm");
    await runQueuedBackfills();
    const { first, second } = await editThemeAs(user, kelp, "kelp OR seaweed");

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
    expect(heatmap?.themes.find((t) => t.themeId === kelp)?.versionId).toBe(first);
    expect(heatmap?.overall.themes.find((t) => t.themeId === kelp)?.hits).toBe(chartHits);
    expect(cooccurrence?.themes.find((t) => t.themeId === kelp)).toMatchObject({
      versionId: first,
      hits: chartHits,
    });
    // Version 1 ("kelp") meets "farm" in one article; version 2 would in two.
    expect(cooccurrence?.pairs.find((p) => [p.a, p.b].includes(kelp))?.both).toBe(1);

    const after = await compareFigures(prisma, range, pick);
    const afterHits = after.themes.find((t) => t.id === kelp)?.hits;
    expect(afterHits).toBeGreaterThan(chartHits ?? 0);
    expect((await after.heatmap)?.overall.themes.find((t) => t.themeId === kelp)?.hits).toBe(afterHits);
    expect(await after.cooccurrence).toMatchObject({
      themes: expect.arrayContaining([expect.objectContaining({ versionId: second, hits: afterHits })]),
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
