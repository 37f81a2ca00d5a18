// Theme tagging of one article with every live theme version (see @tidemark/themes), then a
// wake-up for its grouping (text family and story, @tidemark/stories), which needs the tags.
import type { ParsedJobPayload } from "@tidemark/queue";
import { wakeGrouping } from "@tidemark/stories";
import { tagArticle as tag } from "@tidemark/themes/tagging";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function tagArticle(
  payload: ParsedJobPayload<"tagArticle">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const summary = await tag(ctx.db, payload.articleId);
  if (!summary) return { outcome: "skipped", articleId: payload.articleId, why: "article no longer exists" };
  const wake = await wakeGrouping(ctx.producer, [payload.articleId]);
  if (wake.error) ctx.logger.warn({ articleId: payload.articleId, error: wake.error }, "grouping not woken");
  return { outcome: "tagged", articleId: payload.articleId, ...summary, groupingWoken: wake.woken.size > 0 };
}
