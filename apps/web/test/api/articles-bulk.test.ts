// Bulk actions on articles: a selection by id (done in the request) or every article a filter
// matches (the same parameters as the list, themes by slug; a background bulk action the worker
// runs), re-ingested, deleted or exported; editors only, with the session's CSRF token; bad
// bodies are 400s that say what is wrong.
import { type BulkActionView, runBulkAction } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as cancelAction } from "@/app/api/articles/bulk/actions/[id]/cancel/route";
import { GET as getAction } from "@/app/api/articles/bulk/actions/[id]/route";
import { GET as listActions } from "@/app/api/articles/bulk/actions/route";
import { POST as bulkDelete } from "@/app/api/articles/bulk/delete/route";
import { POST as bulkExport } from "@/app/api/articles/bulk/export/route";
import { POST as bulkReingest } from "@/app/api/articles/bulk/reingest/route";
import { webProducer } from "@/lib/server/queue";
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

/** A filter's action is answered 202 with the action, queued for the worker. */
async function accepted(response: Response): Promise<BulkActionView> {
  expect(response.status).toBe(202);
  const { action } = await json<{ action: BulkActionView }>(response);
  expect(action).toMatchObject({ status: "queued", total: null, done: 0 });
  return action;
}

/** What the worker's job does (apps/worker/src/handlers/bulk-action.ts), in-process. */
async function runAction(id: string) {
  return runBulkAction(prisma, webProducer(), id);
}

async function actionAt(id: string, as: Credential): Promise<BulkActionView> {
  const response = await call(getAction, {
    method: "GET",
    path: `/api/articles/bulk/actions/${id}`,
    params: { id },
    as,
  });
  expect(response.status).toBe(200);
  return (await json<{ action: BulkActionView }>(response)).action;
}

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

  it("re-ingests every article a filter matches, whatever page the list was on, as a background action", async () => {
    const action = await accepted(
      await post(
        bulkReingest,
        "/api/articles/bulk/reingest",
        { filter: { status: "failed", limit: "1", after: "ignored" } },
        { bearer: editor.token },
      ),
    );
    expect(action.kind).toBe("reingest");
    // Nothing changes until the worker runs it.
    expect(await prisma.article.count({ where: { refetchRequestedAt: { not: null } } })).toBe(0);
    expect((await runAction(action.id)).outcome).toBe("done");
    expect(await actionAt(action.id, { session: viewer })).toMatchObject({
      status: "done",
      total: 3,
      done: 3,
      affected: 3,
      skipped: 0,
    });
    const rows = await prisma.article.findMany({
      select: { id: true, status: true, refetchRequestedAt: true },
    });
    for (const row of rows) {
      expect(row.refetchRequestedAt !== null, row.id).toBe(failed.includes(row.id));
      if (failed.includes(row.id)) expect(row.status).toBe("queued");
    }
  });

  it("deletes all results of a search given as a query string, listed while it runs", async () => {
    const action = await accepted(
      await post(bulkDelete, "/api/articles/bulk/delete", { filter: "?q=harbour" }, { session: editor }),
    );
    const listed = await call(listActions, {
      method: "GET",
      path: "/api/articles/bulk/actions",
      as: { session: viewer },
    });
    expect((await json<{ actions: BulkActionView[] }>(listed)).actions.map((a) => a.id)).toEqual([action.id]);
    await runAction(action.id);
    expect(await actionAt(action.id, { session: editor })).toMatchObject({
      status: "done",
      total: 2,
      affected: 2,
    });
    expect(await prisma.article.count()).toBe(3);
  });

  it("cancels a queued action, so the worker does nothing; viewers cannot cancel", async () => {
    const action = await accepted(
      await post(
        bulkDelete,
        "/api/articles/bulk/delete",
        { filter: { status: "failed" } },
        { session: editor },
      ),
    );
    const path = `/api/articles/bulk/actions/${action.id}/cancel`;
    const asViewer = await call(cancelAction, {
      method: "POST",
      path,
      params: { id: action.id },
      as: { session: viewer },
    });
    expect(asViewer.status).toBe(403);
    const cancelled = await call(cancelAction, {
      method: "POST",
      path,
      params: { id: action.id },
      as: { session: editor },
    });
    expect(cancelled.status).toBe(200);
    expect((await json<{ action: BulkActionView }>(cancelled)).action).toMatchObject({ status: "cancelled" });
    expect((await runAction(action.id)).outcome).toBe("skipped");
    expect(await prisma.article.count()).toBe(5);
    const missing = crypto.randomUUID();
    const unknown = await call(getAction, {
      method: "GET",
      path: `/api/articles/bulk/actions/${missing}`,
      params: { id: missing },
      as: { session: editor },
    });
    expect(unknown.status).toBe(404);
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
      { filter: { status: "failed" }, after: failed[0] },
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
