// Adding articles (an outcome per URL), validation errors, keyset pagination and live statuses.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteArticle, GET as getArticle } from "@/app/api/articles/[id]/route";
import { POST as addArticles, GET as listArticles } from "@/app/api/articles/route";
import { GET as statuses } from "@/app/api/articles/statuses/route";
import { seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

interface Outcome {
  input: string;
  outcome: "created" | "duplicate" | "invalid";
  articleId?: string;
  reason?: string;
}

describe("POST /api/articles", () => {
  it("reports created, duplicate (with the existing article) and invalid, in input order", async () => {
    const first = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: user.token },
      json: { urls: ["https://news.example.com/story?id=1"] },
    });
    const existing = (await json<{ outcomes: Outcome[] }>(first)).outcomes[0]?.articleId;
    expect(existing).toBeDefined();

    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: user.token },
      json: {
        urls: [
          "https://news.example.com/other",
          "https://NEWS.example.com/story?id=1&utm_source=x",
          "not a url",
          "ftp://example.com/file",
        ],
      },
    });
    expect(response.status).toBe(200);
    const body = await json<{ outcomes: Outcome[]; summary: Record<string, number> }>(response);
    expect(body.outcomes.map((o) => o.outcome)).toEqual(["created", "duplicate", "invalid", "invalid"]);
    expect(body.outcomes[1]?.articleId).toBe(existing);
    expect(body.outcomes[2]?.reason).toBeTruthy();
    expect(body.summary).toEqual({ created: 1, duplicate: 1, invalid: 2 });
    expect(await prisma.article.count()).toBe(2);
  });

  it("rejects an empty list and a non-JSON body with 400", async () => {
    const empty = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: user.token },
      json: { urls: [] },
    });
    expect(empty.status).toBe(400);
    expect((await json<{ error: { code: string } }>(empty)).error.code).toBe("invalid_input");
    const garbage = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: user.token },
      body: "urls=1",
      headers: { "content-type": "text/plain" },
    });
    expect(garbage.status).toBe(400);
    expect((await json<{ error: { code: string } }>(garbage)).error.code).toBe("invalid_json");
  });
});

describe("GET /api/articles", () => {
  it("validates filters", async () => {
    for (const query of ["status=bogus", "limit=0", "from=2024-13-01", "from=2024-03-02&to=2024-03-01"]) {
      const response = await call(listArticles, {
        path: `/api/articles?${query}`,
        as: { bearer: user.token },
      });
      expect(response.status, query).toBe(400);
    }
    // A theme is named by id or slug, so an unknown one is a 404 that names it.
    const unknown = await call(listArticles, {
      path: "/api/articles?theme=not-a-theme",
      as: { bearer: user.token },
    });
    expect(unknown.status).toBe(404);
    expect((await json<{ error: { message: string } }>(unknown)).error.message).toContain('"not-a-theme"');
  });

  it("pages with keyset cursors in both directions without gaps or repeats", async () => {
    await seedArticles(
      ["a", "b", "c", "d", "e"].map((t, i) => ({
        title: `Story ${t}`,
        publishedAt: `2024-03-0${i + 1}T10:00:00Z`,
      })),
    );
    await seedArticles([{ title: "Undated story", publishedAt: null }]);
    const seen: string[] = [];
    let next: string | null = null;
    let prev: string | null = null;
    let page = 0;
    do {
      const cursor: string = next ? `&after=${next}` : "";
      const response = await call(listArticles, {
        path: `/api/articles?sort=published&limit=2&count=1${cursor}`,
        as: { bearer: user.token },
      });
      expect(response.status).toBe(200);
      const body = await json<{
        articles: { title: string }[];
        page: { next: string | null; prev: string | null };
        count: { count: number; capped: boolean };
      }>(response);
      expect(body.count).toEqual({ count: 6, capped: false });
      seen.push(...body.articles.map((a) => a.title));
      ({ next, prev } = body.page);
      page += 1;
      if (page === 2) expect(prev).not.toBeNull();
    } while (next && page < 10);
    expect(seen).toEqual(["Story e", "Story d", "Story c", "Story b", "Story a", "Undated story"]);

    // Back from the last page: the two before it.
    const back = await call(listArticles, {
      path: `/api/articles?sort=published&limit=2&before=${prev}`,
      as: { bearer: user.token },
    });
    const backBody = await json<{ articles: { title: string }[] }>(back);
    expect(backBody.articles.map((a) => a.title)).toEqual(["Story c", "Story b"]);
  });

  it("searches titles and texts with the full-text index and filters by status", async () => {
    await seedArticles([
      { title: "Huawei wins contract", publishedAt: "2024-03-01T10:00:00Z" },
      { title: "Weather report", publishedAt: "2024-03-01T10:00:00Z" },
      { title: "Blocked page", publishedAt: null, status: "failed" },
    ]);
    const search = await json<{ articles: { title: string }[] }>(
      await call(listArticles, { path: "/api/articles?q=huawei", as: { bearer: user.token } }),
    );
    expect(search.articles.map((a) => a.title)).toEqual(["Huawei wins contract"]);
    const failed = await json<{ articles: { title: string; failure: { code: string } }[] }>(
      await call(listArticles, { path: "/api/articles?status=failed", as: { bearer: user.token } }),
    );
    expect(failed.articles).toHaveLength(1);
    expect(failed.articles[0]?.failure.code).toBe("http_403");
  });
});

describe("one article", () => {
  it("reports live statuses, returns details, and deletes with its coverage", async () => {
    const [id] = await seedArticles([{ title: "Story", publishedAt: "2024-03-01T10:00:00Z" }]);
    const live = await json<{ articles: { id: string; status: string }[] }>(
      await call(statuses, {
        path: `/api/articles/statuses?ids=${id},00000000-0000-7000-8000-000000000000`,
        as: { bearer: user.token },
      }),
    );
    expect(live.articles.map((a) => a.status)).toEqual(["extracted", "deleted"]);

    const detail = await call(getArticle, {
      path: `/api/articles/${id}`,
      as: { bearer: user.token },
      params: { id: id ?? "" },
    });
    expect((await json<{ article: { title: string } }>(detail)).article.title).toBe("Story");

    const totalBefore = await prisma.coverageHourly.aggregate({ _sum: { articles: true } });
    expect(totalBefore._sum.articles).toBe(1); // the all-sources row (the article has no source)
    const deleted = await call(deleteArticle, {
      method: "DELETE",
      path: `/api/articles/${id}`,
      as: { bearer: user.token },
      params: { id: id ?? "" },
    });
    expect(deleted.status).toBe(200);
    const totalAfter = await prisma.coverageHourly.aggregate({ _sum: { articles: true } });
    expect(totalAfter._sum.articles ?? 0).toBe(0);
    const again = await call(deleteArticle, {
      method: "DELETE",
      path: `/api/articles/${id}`,
      as: { bearer: user.token },
      params: { id: id ?? "" },
    });
    expect(again.status).toBe(404);
  });
});
