// Placeholder until theme tagging lands (issue: themes). Replaced by the real tagger.
import type { ParsedJobPayload } from "@tidemark/queue";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function tagArticle(
  payload: ParsedJobPayload<"tagArticle">,
  _ctx: HandlerContext,
): Promise<JobSummary> {
  return { outcome: "skipped", articleId: payload.articleId, why: "no tagger yet" };
}
