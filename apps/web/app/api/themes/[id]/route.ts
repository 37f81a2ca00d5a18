// GET /api/themes/:id: a theme with its versions and recent backfills.
// PATCH /api/themes/:id: edit it; a changed definition becomes a new version and starts a
// backfill (the series keep the previous version until it completes).
// DELETE /api/themes/:id: delete it with its versions, hits and aggregates.
import { prisma } from "@tidemark/db";
import { deleteTheme, themeUpdateSchema, updateTheme } from "@tidemark/themes/definitions";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { webProducer } from "@/lib/server/queue";
import { themeDetail } from "@/lib/themes/theme-detail";

const themeId = z.uuid({ message: "a theme id" });

export const GET = apiRoute({ role: "viewer" }, async ({ params }) => {
  const theme = await themeDetail(prisma, themeId.parse(params.id));
  if (!theme) throw notFound("theme");
  return { theme };
});

export const PATCH = apiRoute({ role: "editor", body: themeUpdateSchema }, async ({ params, body }) => {
  const id = themeId.parse(params.id);
  if (!(await prisma.theme.findUnique({ where: { id }, select: { id: true } }))) throw notFound("theme");
  return { theme: await updateTheme(prisma, webProducer(), id, body) };
});

export const DELETE = apiRoute({ role: "editor" }, async ({ params }) => {
  if (!(await deleteTheme(prisma, themeId.parse(params.id)))) throw notFound("theme");
  return { deleted: true };
});
