// GET /api/voices/backfill: progress of the quotes backfill (null before the first one).
// POST /api/voices/backfill {force?}: extract quotes for articles without them for their current
// text (force: for every article, e.g. after entity aliases changed); 202 with the new state.
import { prisma } from "@tidemark/db";
import { readQuotesBackfill, startQuotesBackfill } from "@tidemark/voices";
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { webProducer } from "@/lib/server/queue";

export const GET = apiRoute({ role: "viewer" }, async () => ({ backfill: await readQuotesBackfill(prisma) }));

export const POST = apiRoute(
  { role: "editor", body: z.object({ force: z.boolean().default(false) }) },
  async ({ body }) =>
    NextResponse.json({ backfill: await startQuotesBackfill(prisma, webProducer(), body) }, { status: 202 }),
);
