// GET /api/themes/:id: a theme with its versions and recent backfills.
// PATCH /api/themes/:id: edit it; a changed definition becomes a new version and starts a
// backfill (the series keep the previous version until it completes).
// DELETE /api/themes/:id: delete it with its versions, hits and aggregates.
import { prisma } from "@tidemark/db";
import { deleteTheme, themeUpdateSchema, updateTheme } from "@tidemark/themes/definitions";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { webProducer } from "@/lib/server/queue";
import { themeDetail } from "@/lib/themes/theme-detail";
import { resolveThemeRef } from "@/lib/themes/theme-refs";

/** The theme a path names, by id or slug. */
const themeId = (ref: string | undefined) => resolveThemeRef(prisma, ref ?? "");

export const GET = apiRoute({ role: "viewer" }, async ({ params }) => {
  const theme = await themeDetail(prisma, await themeId(params.id));
  if (!theme) throw notFound("theme");
  return { theme };
});

export const PATCH = apiRoute({ role: "editor", body: themeUpdateSchema }, async ({ params, body }) => {
  const id = await themeId(params.id);
  if (!(await prisma.theme.findUnique({ where: { id }, select: { id: true } }))) throw notFound("theme");
  return { theme: await updateTheme(prisma, webProducer(), id, body) };
});

export const DELETE = apiRoute({ role: "editor" }, async ({ params }) => {
  if (!(await deleteTheme(prisma, await themeId(params.id)))) throw notFound("theme");
  return { deleted: true };
});
