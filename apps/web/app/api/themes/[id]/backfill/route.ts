// GET /api/themes/:id/backfill: the backfill in progress (if any) and which versions the theme's
// current definition and series use — polled by the theme page for live progress.
import { prisma } from "@tidemark/db";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { activeBackfills } from "@/lib/themes/backfill-status";
import { resolveThemeRef } from "@/lib/themes/theme-refs";

export const GET = apiRoute({ role: "viewer" }, async ({ params }) => {
  const id = await resolveThemeRef(prisma, params.id ?? "");
  const theme = await prisma.theme.findUnique({
    where: { id },
    select: { seriesVersion: { select: { version: true } }, currentVersion: { select: { version: true } } },
  });
  if (!theme) throw notFound("theme");
  const backfill = (await activeBackfills(prisma, [id])).get(id) ?? null;
  return {
    seriesVersion: theme.seriesVersion?.version ?? null,
    currentVersion: theme.currentVersion?.version ?? null,
    backfill,
  };
});
