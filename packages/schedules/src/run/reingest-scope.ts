// A re-ingest run: enqueue a re-fetch of every article in the scope. Articles are keyed by id,
// so one already waiting is not queued twice.
import type { Prisma } from "@tidemark/db";
import type { z } from "zod";
import type { reingestParamsSchema } from "../input.ts";
import type { RunContext, RunCounts } from "./context.ts";

type ReingestParams = z.output<typeof reingestParamsSchema>;

function scopeFilter(params: ReingestParams): Prisma.ArticleWhereInput {
  switch (params.scope) {
    case "all":
      return { status: { in: ["extracted", "gone"] } };
    case "source":
      return { status: { in: ["extracted", "gone"] }, sourceId: params.sourceId };
    case "theme":
      return { status: { in: ["extracted", "gone"] }, themeHits: { some: { themeId: params.themeId } } };
    case "recent":
      return {
        status: { in: ["extracted", "gone"] },
        publishedAt: { gte: new Date(Date.now() - params.days * 86_400_000) },
      };
    case "failed":
      return { status: "failed", intake: { not: "file" } };
  }
}

export async function runReingest(
  ctx: Pick<RunContext, "db" | "producer">,
  params: ReingestParams,
): Promise<RunCounts> {
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
    for (const { id } of page) {
      const reason = params.scope === "failed" ? "retry" : "reingest";
      if (await ctx.producer.enqueue("ingestArticle", { articleId: id, reason }, { jobId: id }))
        enqueued += 1;
    }
    matched += page.length;
    after = page.at(-1)?.id;
  }
  return { matched, enqueued, alreadyQueued: matched - enqueued };
}
