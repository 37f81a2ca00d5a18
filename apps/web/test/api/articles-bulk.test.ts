// Bulk actions on articles: a selection by id or every article a filter matches (the same
// parameters as the list, themes by slug), re-ingested, deleted or exported; editors only, with
// the session's CSRF token; bad bodies are 400s that say what is wrong.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as bulkDelete } from "@/app/api/articles/bulk/delete/route";
import { POST as bulkExport } from "@/app/api/articles/bulk/export/route";
import { POST as bulkReingest } from "@/app/api/articles/bulk/reingest/route";
import { seedArticles } from "../support/articles";
import { createTestUser, type TestUser } from "../support/auth";
import { type Credential, call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let editor: TestUser;
let viewer: TestUser;
let failed: string[];
let extracted: string[];

beforeEach(async () => {
  editor = await createTestUser("editor", "correct horse 1", { role: "editor" });
  viewer = await createTestUser("viewer", "correct horse 1", { role: "viewer" });
  failed = await seedArticles(
    ["one", "two", "three"].map((t) => ({
      title: `Failed ${t}`,
      publishedAt: null,
      status: "failed" as const,
    })),
  );
  extracted = await seedArticles(
    ["a", "b"].map((t) => ({ title: `Harbour levy ${t}`, publishedAt: "2024-03-04T10:00:00Z" })),
  );
});

const post = (handler: typeof bulkDelete, path: string, body: unknown, as: Credential) =>
  call(handler, { method: "POST", path, json: body, as });

describe("bulk actions on articles", () => {
  it("are refused to viewers and to sessions without the CSRF token", async () => {
    for (const [handler, path] of [
      [bulkReingest, "/api/articles/bulk/reingest"],
      [bulkDelete, "/api/articles/bulk/delete"],
      [bulkExport, "/api/articles/bulk/export"],
    ] as const) {
      const asViewer = await post(handler, path, { ids: failed }, { session: viewer });
      expect(asViewer.status, path).toBe(403);
      const noCsrf = await post(handler, path, { ids: failed }, { session: editor, csrf: false });
      expect(noCsrf.status, path).toBe(403);
      expect((await json<{ error: { code: string } }>(noCsrf)).error.code).toBe("csrf");
    }
    expect(await prisma.article.count()).toBe(5);
  });

  it("deletes a selection by id", async () => {
    const response = await post(
      bulkDelete,
      "/api/articles/bulk/delete",
      { ids: [failed[0], extracted[0]] },
      { session: editor },
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ matched: 2, deleted: 2, next: null });
    const left = (await prisma.article.findMany({ select: { id: true } })).map((r) => r.id).sort();
    expect(left).toEqual([failed[1], failed[2], extracted[1]].sort());
  });

  it("re-ingests every article a filter matches, whatever page the list was on", async () => {
    const response = await post(
      bulkReingest,
      "/api/articles/bulk/reingest",
      { filter: { status: "failed", limit: "1", after: "ignored" } },
      { bearer: editor.token },
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ matched: 3, requested: 3, skipped: 0, next: null });
    const rows = await prisma.article.findMany({
      select: { id: true, status: true, refetchRequestedAt: true },
    });
    for (const row of rows) {
      expect(row.refetchRequestedAt !== null, row.id).toBe(failed.includes(row.id));
      if (failed.includes(row.id)) expect(row.status).toBe("queued");
    }
  });

  it("deletes all results of a search given as a query string", async () => {
    const response = await post(
      bulkDelete,
      "/api/articles/bulk/delete",
      { filter: "?q=harbour" },
      { session: editor },
    );
    expect(await json(response)).toEqual({ matched: 2, deleted: 2, next: null });
    expect(await prisma.article.count()).toBe(3);
  });

  it("goes on from `after` (the `next` of a call that stopped at its time limit)", async () => {
    const [first, ...rest] = [...failed].sort();
    const response = await post(
      bulkDelete,
      "/api/articles/bulk/delete",
      { filter: { status: "failed" }, after: first },
      { session: editor },
    );
    expect(await json(response)).toEqual({ matched: 2, deleted: 2, next: null });
    const left = (await prisma.article.findMany({ select: { id: true } })).map((r) => r.id).sort();
    expect(left).toEqual([first, ...extracted].sort());
    expect(rest).toHaveLength(2);
  });

  it("exports a selection as the articles export, stamped with its size", async () => {
    const response = await post(
      bulkExport,
      "/api/articles/bulk/export?format=csv",
      { ids: failed.slice(0, 2) },
      { session: editor },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    expect(decodeURIComponent(response.headers.get("x-tidemark-query") ?? "")).toContain("selected=2");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]?.startsWith("id,title,url,status")).toBe(true);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[0])
        .sort(),
    ).toEqual(failed.slice(0, 2).sort());

    const asJson = await post(
      bulkExport,
      "/api/articles/bulk/export?format=json",
      { filter: { q: "harbour" } },
      { session: editor },
    );
    const body = await json<{ rows: { id: string }[] }>(asJson);
    expect(body.rows.map((r) => r.id).sort()).toEqual([...extracted].sort());
  });

  it("answers bad bodies with a 400 and unknown theme slugs with a 404, changing nothing", async () => {
    const tooMany = Array.from({ length: 1_001 }, () => crypto.randomUUID());
    for (const body of [
      { ids: [] },
      { ids: ["not-a-uuid"] },
      { ids: tooMany },
      { ids: failed, filter: { status: "failed" } },
      { ids: failed, after: failed[0] },
      { filter: {}, after: "not-an-id" },
      { filter: { status: "bogus" } },
      {},
    ]) {
      const response = await post(bulkDelete, "/api/articles/bulk/delete", body, { session: editor });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const unknown = await post(
      bulkDelete,
      "/api/articles/bulk/delete",
      { filter: { theme: "no-such-theme" } },
      { session: editor },
    );
    expect(unknown.status).toBe(404);
    expect(await prisma.article.count()).toBe(5);
  });
});
