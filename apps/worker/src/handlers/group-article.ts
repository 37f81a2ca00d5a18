// Grouping one tagged article into its text family and story (see @tidemark/stories).
import type { ParsedJobPayload } from "@tidemark/queue";
import { groupArticle as group } from "@tidemark/stories";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function groupArticle(
  payload: ParsedJobPayload<"groupArticle">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const result = await group(ctx.db, payload.articleId);
  if (result.outcome !== "grouped") return { articleId: payload.articleId, ...result };
  return {
    outcome: "grouped",
    articleId: payload.articleId,
    familyId: result.family.familyId,
    storyId: result.story.storyId,
    storyVia: result.story.via,
  };
}
