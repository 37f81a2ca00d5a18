// Theme feeds: Atom and JSON Feed of a theme's matching articles with the matched sentence, read
// with a read-scoped token in the URL (what a feed reader has); the Atom output parses with the
// feed parser Tidemark itself uses for feeds. A write token in a URL, no token, or a revoked one
// gets nothing. A saved search (an alert rule on a query) has the same feeds, decided by the query
// language's exact matcher with the rule's outlet filter.
import { prisma } from "@tidemark/db";
import { parseFeed } from "@tidemark/ingest/sources";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as searchFeed } from "@/app/api/feeds/alerts/[id]/[format]/route";
import { GET as feed } from "@/app/api/feeds/themes/[id]/[format]/route";
import { POST as createTheme } from "@/app/api/themes/route";
import { runQueuedBackfills, seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let reader: TestUser;
let writer: TestUser;
let themeId: string;
beforeEach(async () => {
  reader = await createTestUser("reader", "correct horse 1", { tokenScope: "read" });
  writer = await createTestUser("writer", "correct horse 2");
  await seedArticles([
    {
      title: "Huawei ban widens",
      publishedAt: "2024-03-04T10:00:00Z",
      source: "a.example",
      text: "Officials met on Monday. The ban on Huawei & partners <widens> again. Nothing else.",
    },
    { title: "Huawei returns", publishedAt: "2024-03-06T10:00:00Z", source: "b.example" },
    { title: "Weather", publishedAt: "2024-03-12T10:00:00Z", source: "b.example" },
  ]);
  const created = await call(createTheme, {
    method: "POST",
    path: "/api/themes",
    as: { bearer: writer.token },
    json: { name: "Huawei", slug: "huawei", definition: "huawei" },
  });
  themeId = (await json<{ theme: { themeId: string } }>(created)).theme.themeId;
  await runQueuedBackfills();
});

const get = (format: "atom" | "json", query: string, id = themeId) =>
  call(feed, { path: `/api/feeds/themes/${id}/${format}?${query}`, params: { id, format } });

describe("theme feeds", () => {
  it("serves Atom that the feed parser reads: newest first, with the matched sentence", async () => {
    const res = await get("atom", `token=${reader.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    const body = await res.text();
    const parsed = parseFeed(body, "http://localhost/api/feeds/themes/x/atom");
    expect(parsed.format).toBe("atom");
    expect(parsed.title).toBe("Tidemark: Huawei");
    expect(parsed.items.map((i) => i.title)).toEqual(["Huawei returns", "Huawei ban widens"]);
    expect(parsed.items[1]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/a\.example\//),
      publishedAt: "2024-03-04T10:00:00.000Z",
      summary: "The ban on Huawei & partners <widens> again.",
    });
    // Escaped in the XML itself, not just tolerated by a lenient parser.
    expect(body).toContain("Huawei &amp; partners &lt;widens&gt;");
  });

  it("serves the same entries as JSON Feed 1.1, by slug too", async () => {
    const res = await get("json", `token=${reader.token}&limit=1`, "huawei");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/feed\+json/);
    const body = await json<{
      version: string;
      items: { title: string; url: string; date_published: string }[];
    }>(res);
    expect(body.version).toBe("https://jsonfeed.org/version/1.1");
    expect(body.items.map((i) => i.title)).toEqual(["Huawei returns"]);
    const parsed = parseFeed(JSON.stringify(body), "http://localhost/feed.json");
    expect(parsed.items[0]?.publishedAt).toBe("2024-03-06T10:00:00.000Z");
  });

  it("refuses no token, a write token in the URL, a revoked token and an unknown theme", async () => {
    expect((await get("atom", "")).status).toBe(401);
    const write = await get("atom", `token=${writer.token}`);
    expect(write.status).toBe(403);
    expect(await json(write)).toMatchObject({ error: { code: "read_scope_required" } });
    await prisma.apiToken.updateMany({ where: { userId: reader.id }, data: { revokedAt: new Date() } });
    expect((await get("atom", `token=${reader.token}`)).status).toBe(401);
    const other = await createTestUser("other", "correct horse 3", { tokenScope: "read" });
    expect((await get("atom", `token=${other.token}`, "00000000-0000-7000-8000-000000000000")).status).toBe(
      404,
    );
  });
});

describe("saved-search feeds", () => {
  const getSearch = (format: "atom" | "json", id: string, query: string) =>
    call(searchFeed, { path: `/api/feeds/alerts/${id}/${format}?${query}`, params: { id, format } });
  const rule = (data: { query: string | null; themeId?: string; sourceId?: string }) =>
    prisma.alertRule.create({
      data: { name: "Huawei bans", kind: "new_article", emailTo: "desk@example.com", ...data },
    });

  it("serves the articles the query matches, newest first, with the matched sentence", async () => {
    // Only the first article says "ban", within three words of "Huawei".
    const saved = await rule({ query: "huawei NEAR/3 ban" });
    const res = await getSearch("atom", saved.id, `token=${reader.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    const parsed = parseFeed(await res.text(), "http://localhost/api/feeds/alerts/x/atom");
    expect(parsed.title).toBe("Tidemark: Huawei bans");
    expect(parsed.items.map((i) => i.title)).toEqual(["Huawei ban widens"]);
    expect(parsed.items[0]?.summary).toMatch(/ban on Huawei/);

    const every = await rule({ query: "huawei" });
    const all = await json<{ items: { title: string }[] }>(
      await getSearch("json", every.id, `token=${reader.token}`),
    );
    expect(all.items.map((i) => i.title)).toEqual(["Huawei returns", "Huawei ban widens"]);
    const b = await prisma.source.findFirstOrThrow({ where: { domain: "b.example" } });
    const fromB = await rule({ query: "huawei", sourceId: b.id });
    const filtered = await json<{ items: { title: string }[] }>(
      await getSearch("json", fromB.id, `token=${reader.token}`),
    );
    expect(filtered.items.map((i) => i.title)).toEqual(["Huawei returns"]);
  });

  it("has no feed for a theme rule, and refuses a write token in the URL", async () => {
    const themeRule = await rule({ query: null, themeId });
    expect((await getSearch("atom", themeRule.id, `token=${reader.token}`)).status).toBe(404);
    const saved = await rule({ query: "huawei" });
    expect((await getSearch("atom", saved.id, `token=${writer.token}`)).status).toBe(403);
  });
});
