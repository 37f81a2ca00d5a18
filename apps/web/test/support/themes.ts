// Themes made and edited through the API, as a user would, for tests that watch a version switch
// (a definition edit's backfill committing between two reads of a page's figures).
import { prisma } from "@tidemark/db";
import { expect } from "vitest";
import { PATCH as patchTheme } from "@/app/api/themes/[id]/route";
import { POST as createTheme } from "@/app/api/themes/route";
import type { ResolvedRange } from "@/lib/themes/range-query";
import type { TestUser } from "./auth";
import { call, json } from "./call";

/** Two weeks of March 2024 by week in UTC: the range the seeded articles of these tests fall in. */
export const MARCH_WEEKS: ResolvedRange = {
  unit: "week",
  timezone: "UTC",
  from: "2024-03-04",
  to: "2024-03-17",
  count: "articles",
  defaulted: false,
};

export async function createThemeAs(user: TestUser, name: string, definition: string): Promise<string> {
  const created = await call(createTheme, {
    method: "POST",
    path: "/api/themes",
    as: { bearer: user.token },
    json: { name, definition },
  });
  expect(created.status).toBe(201);
  return (await json<{ theme: { themeId: string } }>(created)).theme.themeId;
}

/** Edits the definition (a new version, backfill queued); returns the first two versions' ids. */
export async function editThemeAs(
  user: TestUser,
  themeId: string,
  definition: string,
): Promise<{ first: string; second: string }> {
  const edit = await call(patchTheme, {
    method: "PATCH",
    path: `/api/themes/${themeId}`,
    as: { bearer: user.token },
    params: { id: themeId },
    json: { definition, note: "edited" },
  });
  expect(edit.status).toBe(200);
  const [first, second] = await prisma.themeVersion.findMany({
    where: { themeId },
    orderBy: { version: "asc" },
    select: { id: true },
  });
  if (!first || !second) throw new Error("expected two versions");
  return { first: first.id, second: second.id };
}
