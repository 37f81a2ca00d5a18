// The theme page's figures come from one snapshot: a backfill that commits between the series read
// and the list read shows in neither, so the page never says "0 matching" beside a list of matches.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { themePageSnapshot } from "@/lib/themes/theme-page-snapshot";
import { runQueuedBackfills, seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { cleanDatabaseEachTest } from "../support/lifecycle";
import { createThemeAs, MARCH_WEEKS } from "../support/themes";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

const range = MARCH_WEEKS;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function figures(snapshot: Awaited<ReturnType<typeof themePageSnapshot>>) {
  const theme = snapshot.series.themes[0];
  return {
    matching: sum(theme?.counts ?? []),
    listed: snapshot.matching.count.count,
    rows: snapshot.matching.rows.length,
    sourceHits: sum(snapshot.sources.sources.map((s) => s.themes[0]?.hits ?? 0)),
  };
}

describe("theme page snapshot", () => {
  it("keeps the numbers, the list and the top sources together while a backfill commits", async () => {
    await seedArticles([
      { title: "Kelp harvest grows", publishedAt: "2024-03-04T09:00:00Z", source: "a.example" },
      { title: "Kelp prices fall", publishedAt: "2024-03-05T09:00:00Z", source: "b.example" },
      { title: "Kelp farmers meet", publishedAt: "2024-03-12T09:00:00Z", source: "a.example" },
      { title: "Football results", publishedAt: "2024-03-06T09:00:00Z", source: "a.example" },
      { title: "Markets", publishedAt: "2024-03-13T09:00:00Z", source: "b.example" },
    ]);
    const theme = { themeId: await createThemeAs(user, "Kelp", "kelp") };

    // The theme's version 1 is the series version at once; its backfill runs — and commits all
    // its hits — after the page has read the series but before it reads the list.
    let backfilled = false;
    const during = await themePageSnapshot(prisma, theme.themeId, range, async () => {
      await runQueuedBackfills();
      backfilled = true;
    });
    expect(backfilled).toBe(true);
    expect(figures(during)).toEqual({ matching: 0, listed: 0, rows: 0, sourceHits: 0 });

    const after = await themePageSnapshot(prisma, theme.themeId, range);
    expect(figures(after)).toEqual({ matching: 3, listed: 3, rows: 3, sourceHits: 3 });
  });
});
