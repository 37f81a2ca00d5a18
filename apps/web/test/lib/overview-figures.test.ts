// The overview's figures come from one snapshot: a backfill that commits between the themes'
// summaries and the spikes shows in neither — the chart, the top themes and the spikes all count
// the same version of a theme, even while an edit's backfill switches the theme to a new one.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { overviewFigures } from "@/lib/overview/overview-figures";
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

describe("overview figures", () => {
  it("counts one version of a theme in the chart and the spikes while an edit's backfill commits", async () => {
    await seedArticles([
      { title: "Kelp harvest grows", publishedAt: "2024-03-04T09:00:00Z", source: "a.example" },
      { title: "Kelp prices fall", publishedAt: "2024-03-05T09:00:00Z", source: "b.example" },
      { title: "Seaweed farmers meet", publishedAt: "2024-03-12T09:00:00Z", source: "a.example" },
      { title: "Seaweed exports", publishedAt: "2024-03-13T09:00:00Z", source: "b.example" },
      { title: "Football results", publishedAt: "2024-03-06T09:00:00Z", source: "a.example" },
    ]);
    const theme = { themeId: await createThemeAs(user, "Kelp", "kelp") };
    await runQueuedBackfills();
    const { first, second } = await editThemeAs(user, theme.themeId, "kelp OR seaweed");

    // Version 2's backfill commits — and the theme's series switches to it — after the
    // summaries are read, before the spikes are.
    let backfilled = false;
    const during = await overviewFigures(prisma, range, async () => {
      await runQueuedBackfills();
      backfilled = true;
    });
    expect(backfilled).toBe(true);
    const duringTheme = during.themes.find((t) => t.id === theme.themeId);
    expect(duringTheme).toMatchObject({ seriesVersion: 1, hits: 2 });
    expect(during.spikes?.themes.find((t) => t.themeId === theme.themeId)?.versionId).toBe(first);

    const after = await overviewFigures(prisma, range);
    expect(after.themes.find((t) => t.id === theme.themeId)).toMatchObject({ seriesVersion: 2, hits: 4 });
    expect(after.spikes?.themes.find((t) => t.themeId === theme.themeId)?.versionId).toBe(second);
  });
});
