// Import history through the API: every batch of URLs and every uploaded file is kept with who
// added it and what intake made of it; GET /api/imports lists them newest first with progress;
// the article list filters by import; the live `imports` topic follows running imports and
// settles the finished ones.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as addArticles, GET as listArticles } from "@/app/api/articles/route";
import { POST as importFile, GET as listImports } from "@/app/api/imports/route";
import { readTopic } from "@/lib/live/topics";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let editor: TestUser;
beforeEach(async () => {
  editor = await createTestUser("editor", "correct horse 1", { role: "editor" });
});

interface ImportJson {
  id: string;
  kind: string;
  fileName: string | null;
  username: string | null;
  submitted: number;
  created: number;
  duplicate: number;
  invalid: number;
  settledAt: string | null;
  progress: {
    total: number;
    pending: number;
    running: boolean;
    counts: { byStatus: Record<string, number> };
  };
}

async function history(page = 1) {
  const response = await call(listImports, {
    path: `/api/imports?page=${page}`,
    as: { bearer: editor.token },
  });
  expect(response.status).toBe(200);
  return json<{ imports: ImportJson[]; page: { prev: number | null; next: number | null } }>(response);
}

describe("import history", () => {
  it("keeps pasted URLs and uploaded files, newest first, with who added them and their progress", async () => {
    const pasted = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { session: editor },
      json: { urls: ["https://news.example/a", "https://news.example/b", "nope"] },
    });
    const pastedId = (await json<{ importId: string }>(pasted)).importId;
    const form = new FormData();
    form.set("file", new File(["url\nhttps://news.example/b\nhttps://news.example/c\n"], "list.csv"));
    const uploaded = await call(importFile, {
      method: "POST",
      path: "/api/imports",
      as: { session: editor },
      body: form,
    });
    expect(uploaded.status).toBe(200);
    const fileId = (await json<{ importId: string }>(uploaded)).importId;

    const { imports, page } = await history();
    expect(page).toEqual({ size: 10, prev: null, next: null });
    expect(imports.map((i) => i.id)).toEqual([fileId, pastedId]);
    expect(imports[0]).toMatchObject({
      kind: "file",
      fileName: "list.csv",
      username: "editor",
      submitted: 2,
      created: 1,
      duplicate: 1,
      invalid: 0,
    });
    expect(imports[1]).toMatchObject({ kind: "urls", submitted: 3, created: 2, duplicate: 0, invalid: 1 });
    expect(imports[1]?.progress).toMatchObject({ total: 2, pending: 2, running: true });

    // The article list narrows to one import's articles (the ones it added and the ones it found).
    const listed = await call(listArticles, {
      path: `/api/articles?import=${fileId}`,
      as: { bearer: editor.token },
    });
    const urls = (await json<{ articles: { url: string }[] }>(listed)).articles.map((a) => a.url).sort();
    expect(urls).toEqual(["https://news.example/b", "https://news.example/c"]);
  });

  it("follows running imports live and settles them when their articles are done", async () => {
    const added = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: editor.token },
      json: { urls: ["https://news.example/x", "https://news.example/y"] },
    });
    const importId = (await json<{ importId: string }>(added)).importId;
    expect(await readTopic(prisma, "imports")).toEqual({
      imports: [{ id: importId, queued: 2, fetching: 0, extracted: 0, failed: 0, gone: 0, duplicate: 0 }],
    });
    await prisma.article.updateMany({ data: { status: "extracted" } });
    expect(await readTopic(prisma, "imports")).toEqual({ imports: [] });
    const [entry] = (await history()).imports;
    expect(entry?.settledAt).not.toBeNull();
    expect(entry?.progress).toMatchObject({ total: 2, pending: 0, running: false });
    expect(entry?.progress.counts.byStatus.extracted).toBe(2);
  });

  it("pages the history and refuses a bad page number", async () => {
    for (let i = 0; i < 11; i++) {
      await call(addArticles, {
        method: "POST",
        path: "/api/articles",
        as: { bearer: editor.token },
        json: { urls: [`bad ${i}`] },
      });
    }
    const first = await history();
    expect(first.imports).toHaveLength(10);
    expect(first.page.next).toBe(2);
    const second = await history(2);
    expect(second.imports).toHaveLength(1);
    expect(second.page).toMatchObject({ prev: 1, next: null });
    const bad = await call(listImports, { path: "/api/imports?page=0", as: { bearer: editor.token } });
    expect(bad.status).toBe(400);
  });
});
