// Series numbers: share = hits / all dated articles per bucket; undated articles are counted
// apart (undated fallback); source filters narrow both numerator and denominator.
import { beforeEach, describe, expect, it } from "vitest";
import { GET as series } from "@/app/api/series/route";
import { POST as createTheme } from "@/app/api/themes/route";
import { runQueuedBackfills, seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

interface SeriesBody {
  series: {
    buckets: string[];
    totals: number[];
    undatedTotals: number[];
    themes: {
      counts: number[];
      shares: (number | null)[];
      undatedCounts: number[];
      version: { number: number };
    }[];
  };
}

describe("GET /api/series", () => {
  it("counts hits and shares per week, with undated articles kept apart", async () => {
    await seedArticles([
      // Week of 2024-03-04: 3 dated articles, 2 about privacy.
      { title: "Data privacy rules tighten", publishedAt: "2024-03-04T09:00:00Z", source: "a.example" },
      { title: "A data privacy scandal", publishedAt: "2024-03-06T09:00:00Z", source: "b.example" },
      { title: "Football results", publishedAt: "2024-03-07T09:00:00Z", source: "a.example" },
      // Week of 2024-03-11: 2 dated articles, none about privacy.
      { title: "Weather", publishedAt: "2024-03-11T09:00:00Z", source: "a.example" },
      { title: "Markets", publishedAt: "2024-03-12T09:00:00Z", source: "b.example" },
      // Undated: counted under its fetch date (2024-03-20), never in the dated series.
      { title: "Data privacy explained", publishedAt: null, source: "a.example" },
    ]);
    const created = await call(createTheme, {
      method: "POST",
      path: "/api/themes",
      as: { bearer: user.token },
      json: { name: "Privacy", definition: '"data privacy"' },
    });
    const { theme } = await json<{ theme: { themeId: string } }>(created);
    await runQueuedBackfills();

    const response = await call(series, {
      path: `/api/series?theme=${theme.themeId}&unit=week&tz=UTC&from=2024-03-04&to=2024-03-24`,
      as: { bearer: user.token },
    });
    expect(response.status).toBe(200);
    const body = await json<SeriesBody>(response);
    expect(body.series.buckets).toEqual(["2024-03-04", "2024-03-11", "2024-03-18"]);
    expect(body.series.totals).toEqual([3, 2, 0]);
    expect(body.series.undatedTotals).toEqual([0, 0, 1]);
    const t = body.series.themes[0];
    expect(t?.counts).toEqual([2, 0, 0]);
    expect(t?.shares).toEqual([2 / 3, 0, null]);
    expect(t?.undatedCounts).toEqual([0, 0, 1]);
    expect(t?.version.number).toBe(1);

    // The same series with the theme named by its slug, as the CLI and scripts name it.
    const bySlug = await call(series, {
      path: "/api/series?theme=privacy&unit=week&tz=UTC&from=2024-03-04&to=2024-03-24",
      as: { bearer: user.token },
    });
    expect(bySlug.status).toBe(200);
    expect((await json<SeriesBody>(bySlug)).series.themes[0]?.counts).toEqual([2, 0, 0]);
  });

  it("answers an unknown slug with a 404 naming it, and bad input without regex dumps", async () => {
    const unknown = await call(series, { path: "/api/series?theme=nope", as: { bearer: user.token } });
    expect(unknown.status).toBe(404);
    expect((await json<{ error: { message: string } }>(unknown)).error.message).toContain('No theme "nope"');
    const badSource = await call(series, {
      path: "/api/series?theme=01900000-0000-7000-8000-000000000000&source=x",
      as: { bearer: user.token },
    });
    expect(badSource.status).toBe(400);
    const text = await badSource.text();
    expect(text).toContain("a source id");
    expect(text).not.toContain("pattern");
    expect(text).not.toMatch(/\[0-9a-fA-F\]/);
  });

  it("requires a theme and rejects an unknown time zone", async () => {
    const noTheme = await call(series, { path: "/api/series?unit=week", as: { bearer: user.token } });
    expect(noTheme.status).toBe(400);
    const badZone = await call(series, {
      path: "/api/series?theme=01900000-0000-7000-8000-000000000000&tz=Mars/Olympus",
      as: { bearer: user.token },
    });
    expect(badZone.status).toBe(400);
  });
});
