// A re-ingest run: request a re-fetch of every article in the scope, a page at a time, through
// the one re-ingest of @tidemark/articles.
import { requestRefetch } from "@tidemark/articles";
import type { Prisma } from "@tidemark/db";
import type { z } from "zod";
import type { reingestParamsSchema } from "../input.ts";
import type { RunContext, RunCounts } from "./context.ts";

type ReingestParams = z.output<typeof reingestParamsSchema>;

/** Articles with a web page to fetch again: extracted ones, and gone ones in case they are back. */
const REFETCHABLE: Prisma.ArticleWhereInput = { status: { in: ["extracted", "gone"] } };

function scopeFilter(params: ReingestParams): Prisma.ArticleWhereInput {
  switch (params.scope) {
    case "all":
      return REFETCHABLE;
    case "source":
      return { ...REFETCHABLE, sourceId: params.sourceId };
    case "theme":
      return { ...REFETCHABLE, themeHits: { some: { themeId: params.themeId } } };
    case "recent":
      return { ...REFETCHABLE, publishedAt: { gte: new Date(Date.now() - params.days * 86_400_000) } };
    case "failed":
      return { status: "failed" };
  }
}

export async function runReingest(
  ctx: Pick<RunContext, "db" | "producer">,
  params: ReingestParams,
): Promise<RunCounts> {
  // Documents submitted as files have no page to fetch.
  const where = { ...scopeFilter(params), intake: { not: "file" as const } };
  let matched = 0;
  let enqueued = 0;
  let after: string | undefined;
  while (matched < params.limit) {
    const page = await ctx.db.article.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: Math.min(1_000, params.limit - matched),
      select: { id: true },
    });
    if (page.length === 0) break;
    // Recorded in Postgres first (one statement per page), then workers are woken.
    const report = await requestRefetch(
      ctx.db,
      ctx.producer,
      page.map((a) => a.id),
    );
    enqueued += report.woken;
    matched += page.length;
    after = page.at(-1)?.id;
  }
  return { matched, enqueued, alreadyQueued: matched - enqueued };
}
