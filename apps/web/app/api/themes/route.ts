// GET /api/themes: every theme with its current definition, the version its series show, and
// any backfill in progress. POST /api/themes: create a theme (201); a definition that does not
// parse is refused with 422 and its line and column.
import { prisma } from "@tidemark/db";
import { createTheme, themeCreateSchema } from "@tidemark/themes/definitions";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { webProducer } from "@/lib/server/queue";
import { activeBackfills } from "@/lib/themes/backfill-status";

export const GET = apiRoute({ role: "viewer" }, async () => {
  const [themes, backfills] = await Promise.all([
    prisma.theme.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        color: true,
        kind: true,
        active: true,
        fromDefaultPack: true,
        currentVersion: { select: { version: true, definition: true } },
        seriesVersion: { select: { version: true } },
      },
    }),
    activeBackfills(prisma),
  ]);
  return { themes: themes.map((t) => ({ ...t, backfill: backfills.get(t.id) ?? null })) };
});

export const POST = apiRoute({ role: "editor", body: themeCreateSchema }, async ({ body }) => {
  const created = await createTheme(prisma, webProducer(), body);
  return NextResponse.json({ theme: created }, { status: 201 });
});
