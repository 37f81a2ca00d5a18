// Exports are streamed, clean (a CSV starts with its header row) and stamped: response headers and
// a `meta` object in JSON name the query, the time, the theme versions and the extractor version;
// a leading `#` comment line in CSV is opt-in (stamp=1). Themes can be named by id or slug.
import { EXTRACTOR_VERSION } from "@tidemark/ingest/extract";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportDataset } from "@/app/api/exports/[dataset]/route";
import { PATCH as patchTheme } from "@/app/api/themes/[id]/route";
import { POST as createTheme } from "@/app/api/themes/route";
import { runQueuedBackfills, seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
let themeId: string;

beforeEach(async () => {
  user = await createTestUser();
  await seedArticles([
    { title: "Huawei ban widens", publishedAt: "2024-03-04T10:00:00Z", source: "a.example" },
    { title: '=HYPERLINK("x") Huawei, again', publishedAt: "2024-03-05T10:00:00Z", source: "a.example" },
    { title: "Weather", publishedAt: "2024-03-12T10:00:00Z", source: "b.example" },
  ]);
  const created = await call(createTheme, {
    method: "POST",
    path: "/api/themes",
    as: { bearer: user.token },
    json: { name: "Huawei", definition: "huawei" },
  });
  themeId = (await json<{ theme: { themeId: string } }>(created)).theme.themeId;
  await runQueuedBackfills();
});

const get = (dataset: string, query: string) =>
  call(exportDataset, {
    path: `/api/exports/${dataset}?${query}`,
    as: { session: user, csrf: false },
    params: { dataset },
  });

describe("GET /api/exports/:dataset", () => {
  it("exports a clean series CSV, stamped in the headers, and with a # line only when asked", async () => {
    const response = await get(
      "series",
      `theme=${themeId}&unit=week&from=2024-03-04&to=2024-03-17&format=csv`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(response.headers.get("x-tidemark-extractor-version")).toBe(EXTRACTOR_VERSION);
    expect(decodeURIComponent(response.headers.get("x-tidemark-theme-versions") ?? "")).toBe("huawei@v1");
    expect(decodeURIComponent(response.headers.get("x-tidemark-query") ?? "")).toContain("from=2024-03-04");
    expect(Date.parse(response.headers.get("x-tidemark-generated-at") ?? "")).not.toBeNaN();
    const clean = (await response.text()).trimEnd().split("\r\n");
    const header = "bucket,theme,theme_version,count,total,share,undated_count,undated_total";
    expect(clean).toEqual([header, "2024-03-04,huawei,1,2,2,1,0,0", "2024-03-11,huawei,1,0,1,0,0,0"]);

    // The same export by slug, with the stamp line asked for.
    const stamped = await get(
      "series",
      "theme=huawei&unit=week&from=2024-03-04&to=2024-03-17&format=csv&stamp=1",
    );
    const lines = (await stamped.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^# Tidemark export; dataset=series; generated=\S+; /);
    expect(lines[0]).toContain(`extractor=${EXTRACTOR_VERSION}`);
    expect(lines[0]).toContain("themes=huawei@v1");
    expect(lines.slice(1)).toEqual(clean);
  });

  it("answers an unknown theme slug with a 404 that names it", async () => {
    const response = await get("series", "theme=no-such-theme&format=csv");
    expect(response.status).toBe(404);
    const body = await json<{ error: { message: string } }>(response);
    expect(body.error.message).toContain('No theme "no-such-theme"');
  });

  it("names a pending version in the stamp while its backfill runs", async () => {
    await call(patchTheme, {
      method: "PATCH",
      path: `/api/themes/${themeId}`,
      as: { bearer: user.token },
      params: { id: themeId },
      json: { definition: "huawei OR weather" },
    });
    const response = await get(
      "series",
      `theme=${themeId}&unit=week&from=2024-03-04&to=2024-03-17&format=json`,
    );
    const body = await json<{
      meta: { themes: { slug: string; version: number; pendingVersion: number }[]; extractorVersion: string };
      rows: { count: number }[];
    }>(response);
    expect(body.meta.themes).toEqual([
      expect.objectContaining({ slug: "huawei", version: 1, pendingVersion: 2 }),
    ]);
    expect(body.meta.extractorVersion).toBe(EXTRACTOR_VERSION);
    // Still v1's numbers: the weather article is not counted until v2's backfill completes.
    expect(body.rows.map((r) => r.count)).toEqual([2, 0]);
  });

  it("streams filtered articles with their evidence, neutralising spreadsheet formulas", async () => {
    const response = await get("articles", `theme=${themeId}&sort=published_asc&format=csv`);
    expect(decodeURIComponent(response.headers.get("x-tidemark-theme-versions") ?? "")).toBe("huawei@v1");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]?.split(",")).toContain("evidence_huawei");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("Huawei ban widens");
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"") Huawei, again"`);
  });

  it("answers 404 for an unknown dataset and 400 for bad parameters", async () => {
    expect((await get("nope", "format=csv")).status).toBe(404);
    expect((await get("series", "format=xml")).status).toBe(400);
    expect((await get("series", "format=csv")).status).toBe(400); // no theme
  });
});
