// Themes: a definition that does not parse is refused with 422 and its position; a valid one
// creates v1 and a backfill; editing the definition creates v2 while the series keep v1 until
// the backfill completes; the preview reports syntax errors the same way.
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as backfillStatus } from "@/app/api/themes/[id]/backfill/route";
import { DELETE as deleteTheme, GET as getTheme, PATCH as patchTheme } from "@/app/api/themes/[id]/route";
import { POST as preview } from "@/app/api/themes/preview/route";
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

const create = (body: unknown) =>
  call(createTheme, { method: "POST", path: "/api/themes", as: { session: user }, json: body });

describe("POST /api/themes", () => {
  it("refuses a definition with a syntax error: 422 with line and column", async () => {
    const response = await create({ name: "Privacy", definition: '"data privacy" OR (user data' });
    expect(response.status).toBe(422);
    const body = await json<{
      error: {
        code: string;
        field: string;
        message: string;
        diagnostic: { line: number; column: number; message: string };
      };
    }>(response);
    expect(body.error.code).toBe("invalid_theme");
    expect(body.error.field).toBe("definition");
    expect(body.error.diagnostic.line).toBe(1);
    expect(body.error.diagnostic.column).toBeGreaterThan(1);
    expect(body.error.message).toMatch(/column/);
    expect(await prisma.theme.count()).toBe(0);
  });

  it("points at the end of the definition when an operator has nothing after it", async () => {
    const body = await json<{ error: { diagnostic: { column: number; offset: number } } }>(
      await create({ name: "X", definition: "huawei OR" }),
    );
    expect(body.error.diagnostic).toMatchObject({ offset: 9, column: 10 });
  });

  it("refuses a missing name with 400", async () => {
    expect((await create({ definition: "huawei" })).status).toBe(400);
  });

  it("creates v1 with a backfill, and an edit makes v2 pending until its backfill completes", async () => {
    await seedArticles([
      { title: "Huawei ban widens", publishedAt: "2024-03-04T10:00:00Z" },
      { title: "ZTE results", publishedAt: "2024-03-05T10:00:00Z" },
    ]);
    const response = await create({ name: "Huawei", definition: "huawei", color: "#dc2626" });
    expect(response.status).toBe(201);
    const { theme } = await json<{ theme: { themeId: string; backfillId: string } }>(response);
    await runQueuedBackfills();

    const edit = await call(patchTheme, {
      method: "PATCH",
      path: `/api/themes/${theme.themeId}`,
      as: { session: user },
      params: { id: theme.themeId },
      json: { definition: "huawei OR zte", note: "add ZTE" },
    });
    expect(edit.status).toBe(200);
    const pending = await json<{
      backfill: { version: number } | null;
      seriesVersion: number;
      currentVersion: number;
    }>(
      await call(backfillStatus, {
        path: `/api/themes/${theme.themeId}/backfill`,
        as: { session: user },
        params: { id: theme.themeId },
      }),
    );
    expect(pending).toMatchObject({ seriesVersion: 1, currentVersion: 2, backfill: { version: 2 } });

    await runQueuedBackfills();
    const detail = await json<{
      theme: { seriesVersion: { version: number }; versions: { version: number; note: string | null }[] };
    }>(
      await call(getTheme, {
        path: `/api/themes/${theme.themeId}`,
        as: { session: user },
        params: { id: theme.themeId },
      }),
    );
    expect(detail.theme.seriesVersion.version).toBe(2);
    expect(detail.theme.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(detail.theme.versions[0]?.note).toBe("add ZTE");

    const removed = await call(deleteTheme, {
      method: "DELETE",
      path: `/api/themes/${theme.themeId}`,
      as: { session: user },
      params: { id: theme.themeId },
    });
    expect(removed.status).toBe(200);
    expect(await prisma.theme.count()).toBe(0);
  });

  it("answers 404 when editing a theme that does not exist", async () => {
    const id = "01900000-0000-7000-8000-000000000000";
    const response = await call(patchTheme, {
      method: "PATCH",
      path: `/api/themes/${id}`,
      as: { session: user },
      params: { id },
      json: { name: "x" },
    });
    expect(response.status).toBe(404);
  });
});

describe("POST /api/themes/preview", () => {
  it("previews matches with evidence, and reports syntax errors inline", async () => {
    await seedArticles([
      { title: "Huawei ban widens", publishedAt: "2024-03-04T10:00:00Z" },
      { title: "Weather", publishedAt: "2024-03-05T10:00:00Z" },
    ]);
    const ok = await json<{
      ok: boolean;
      matched: number;
      samples: { evidence: { spans: [number, number][] }[] }[];
    }>(
      await call(preview, {
        method: "POST",
        path: "/api/themes/preview",
        as: { session: user },
        json: { definition: "huawei" },
      }),
    );
    expect(ok.ok).toBe(true);
    expect(ok.matched).toBe(1);
    expect(ok.samples[0]?.evidence[0]?.spans[0]).toEqual([0, 6]);

    const bad = await json<{ ok: boolean; error: { column: number } }>(
      await call(preview, {
        method: "POST",
        path: "/api/themes/preview",
        as: { session: user },
        json: { definition: "huawei AND" },
      }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.error.column).toBe(11);

    // A Media Cloud query: proximity is understood (with a warning), other syntax is refused.
    const lucene = async (definition: string) =>
      json<{ ok: boolean; matched?: number; error?: { message: string }; warnings: { message: string }[] }>(
        await call(preview, {
          method: "POST",
          path: "/api/themes/preview",
          as: { session: user },
          json: { definition },
        }),
      );
    const near = await lucene('"huawei ban"~3');
    expect(near).toMatchObject({ ok: true, matched: 1 });
    expect(near.warnings[0]?.message).toContain("huawei NEAR/3 ban");
    expect(await lucene("title:huawei")).toMatchObject({ ok: true, matched: 1 });
    const refused = await lucene("source:example.com huawei");
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toContain("only title: and text:");
  });

  it("finds a theme by its slug as well as its id", async () => {
    const created = await json<{ theme: { themeId: string } }>(
      await create({ name: "Data privacy", definition: "privacy" }),
    );
    const bySlug = await call(getTheme, {
      path: "/api/themes/data-privacy",
      as: { session: user },
      params: { id: "data-privacy" },
    });
    expect(bySlug.status).toBe(200);
    expect((await json<{ theme: { id: string } }>(bySlug)).theme.id).toBe(created.theme.themeId);
    const status = await call(backfillStatus, {
      path: "/api/themes/data-privacy/backfill",
      as: { session: user },
      params: { id: "data-privacy" },
    });
    expect(status.status).toBe(200);
  });
});
