// Theme tagging of one article with every live theme version (see @tidemark/themes).
import type { ParsedJobPayload } from "@tidemark/queue";
import { tagArticle as tag } from "@tidemark/themes/tagging";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function tagArticle(
  payload: ParsedJobPayload<"tagArticle">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const summary = await tag(ctx.db, payload.articleId);
  if (!summary) return { outcome: "skipped", articleId: payload.articleId, why: "article no longer exists" };
  return { outcome: "tagged", articleId: payload.articleId, ...summary };
}
