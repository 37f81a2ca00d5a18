// Source collections through the API: created from a pasted list and from a CSV, found by slug,
// members changed, bad input refused with the reason; then a collection filters the article
// list and the coverage series (an empty collection counts nothing, not everything).
import { prisma } from "@tidemark/db";
import { rebuildCoverage } from "@tidemark/themes/coverage";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as listArticles } from "@/app/api/articles/route";
import { POST as changeMembers } from "@/app/api/collections/[id]/members/route";
import { DELETE as deleteCollection, GET as getCollection } from "@/app/api/collections/[id]/route";
import { POST as importCsv } from "@/app/api/collections/import/route";
import { POST as createCollection, GET as listCollections } from "@/app/api/collections/route";
import { GET as getSeries } from "@/app/api/series/route";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

const post = (
  handler: typeof createCollection,
  path: string,
  body: unknown,
  params?: Record<string, string>,
) =>
  call(handler, { method: "POST", path, as: { session: user }, json: body, ...(params ? { params } : {}) });

describe("collections API", () => {
  it("creates from a pasted list, finds by slug, changes members and deletes", async () => {
    const created = await post(createCollection, "/api/collections", {
      name: "Wire services",
      kind: "wire",
      domains: "apnews.com\nhttps://www.reuters.com/world",
    });
    expect(created.status).toBe(201);
    const { collection } = await json<{ collection: { id: string; slug: string; added: number } }>(created);
    expect(collection).toMatchObject({ slug: "wire-services", added: 2 });

    const bySlug = await call(getCollection, {
      path: "/api/collections/wire-services",
      as: { session: user },
      params: { id: "wire-services" },
    });
    const detail = await json<{ collection: { id: string; sources: { key: string }[] } }>(bySlug);
    expect(detail.collection.id).toBe(collection.id);
    expect(detail.collection.sources.map((s) => s.key)).toEqual(["apnews.com", "reuters.com"]);

    const ap = await prisma.source.findUniqueOrThrow({ where: { key: "apnews.com" } });
    const changed = await post(
      changeMembers,
      `/api/collections/${collection.id}/members`,
      { add: { domains: "afp.com" }, remove: [ap.id] },
      { id: collection.id },
    );
    expect(await json(changed)).toEqual({ added: 1, removed: 1 });

    const listed = await json<{ collections: { name: string; sources: number }[] }>(
      await call(listCollections, { path: "/api/collections", as: { session: user } }),
    );
    expect(listed.collections).toEqual([expect.objectContaining({ name: "Wire services", sources: 2 })]);

    const deleted = await call(deleteCollection, {
      method: "DELETE",
      path: `/api/collections/${collection.id}`,
      as: { session: user },
      params: { id: collection.id },
    });
    expect(deleted.status).toBe(200);
    expect(await prisma.source.count()).toBe(3);
  });

  it("refuses bad addresses and unknown collections with the reason", async () => {
    const bad = await post(createCollection, "/api/collections", {
      name: "Bad",
      domains: "apnews.com\nnot-a-host",
    });
    expect(bad.status).toBe(422);
    expect((await json<{ error: { message: string } }>(bad)).error.message).toMatch(/line 2: "not-a-host"/);
    const missing = await call(getCollection, {
      path: "/api/collections/state-media",
      as: { session: user },
      params: { id: "state-media" },
    });
    expect(missing.status).toBe(404);
    const noColumns = await post(importCsv, "/api/collections/import", { csv: "foo\nbar" });
    expect(noColumns.status).toBe(422);
  });

  it("imports collections from CSV and filters articles and series by them", async () => {
    const imported = await post(importCsv, "/api/collections/import", {
      csv: "collection,domain,country,kind\nChina state media,xinhuanet.com,CN,state-run\nEmpty-ish,nobody.example,,other\n",
    });
    expect(imported.status).toBe(200);
    const { collections } = await json<{ collections: { id: string; name: string }[] }>(imported);
    const china = collections.find((c) => c.name === "China state media")?.id ?? "";
    const empty = collections.find((c) => c.name === "Empty-ish")?.id ?? "";

    const xinhua = await prisma.source.findUniqueOrThrow({ where: { key: "xinhuanet.com" } });
    const other = await prisma.source.create({ data: { key: "other.example", domain: "other.example" } });
    const hour = new Date("2024-06-03T10:00:00Z");
    for (const [slug, sourceId] of [
      ["x1", xinhua.id],
      ["o1", other.id],
      ["o2", other.id],
    ] as const) {
      await prisma.article.create({
        data: {
          submittedUrl: `https://${slug}.example/`,
          normalizedUrl: `https://${slug}.example/`,
          status: "extracted",
          sourceId,
          publishedAt: hour,
        },
      });
    }
    const articles = await json<{ articles: { id: string }[] }>(
      await call(listArticles, { path: `/api/articles?collection=${china}`, as: { session: user } }),
    );
    expect(articles.articles).toHaveLength(1);

    // The coverage aggregates, rebuilt from the articles as `tidemark coverage rebuild` does.
    await rebuildCoverage(prisma);
    const theme = await prisma.theme.create({ data: { slug: "t", name: "T" } });
    const series = (collection: string) =>
      call(getSeries, {
        path: `/api/series?theme=${theme.id}&unit=day&from=2024-06-03&to=2024-06-03&collection=${collection}`,
        as: { session: user },
      });
    const china3 = await json<{ series: { totals: number[] } }>(await series(china));
    expect(china3.series.totals).toEqual([1]);
    const none = await json<{ series: { totals: number[] } }>(await series(empty));
    expect(none.series.totals).toEqual([0]);

    // Slugs work wherever ids do; an unknown slug is a 404 that names it.
    const { slug } = await prisma.sourceCollection.findUniqueOrThrow({ where: { id: china } });
    const bySlug = await json<{ series: { totals: number[] } }>(await series(slug));
    expect(bySlug.series.totals).toEqual([1]);
    const listed = await json<{ articles: { id: string }[] }>(
      await call(listArticles, { path: `/api/articles?collection=${slug}`, as: { session: user } }),
    );
    expect(listed.articles).toHaveLength(1);
    const unknown = await series("no-such-collection");
    expect(unknown.status).toBe(404);
    expect(await json<{ error: { message: string } }>(unknown)).toMatchObject({
      error: { message: expect.stringContaining('"no-such-collection"') },
    });
  });
});
