// Theme tagging of one article with every live theme version (see @tidemark/themes), after its
// quotes are extracted and stored (see @tidemark/voices), then a wake-up for its grouping (text
// family and story, @tidemark/stories), which needs the tags. Quotes come first: a crash between
// the two leaves tagging owed (tagged_hash ≠ content_hash), so the reconciler's re-run finishes
// both; the quote step is a no-op when its hash already matches. A new article is usually tagged
// (with its quotes) by its ingest job in the store transaction; this job is the fallback.
import { timed } from "@tidemark/metrics";
import type { ParsedJobPayload } from "@tidemark/queue";
import { wakeGrouping } from "@tidemark/stories";
import { tagArticle as tag } from "@tidemark/themes/tagging";
import { currentEntityMatchers, storeArticleQuotes } from "@tidemark/voices";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function tagArticle(
  payload: ParsedJobPayload<"tagArticle">,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const quotes = await storeArticleQuotes(ctx.db, payload.articleId, await currentEntityMatchers(ctx.db));
  const summary = await timed(ctx.metrics.dbSeconds, { operation: "tag" }, () =>
    tag(ctx.db, payload.articleId),
  );
  if (!summary) return { outcome: "skipped", articleId: payload.articleId, why: "article no longer exists" };
  const wake = await wakeGrouping(ctx.producer, [payload.articleId]);
  if (wake.error) ctx.logger.warn({ articleId: payload.articleId, error: wake.error }, "grouping not woken");
  return {
    outcome: "tagged",
    articleId: payload.articleId,
    ...summary,
    quotes: quotes.outcome === "stored" ? quotes.quotes : quotes.outcome,
    groupingWoken: wake.woken.size > 0,
  };
}
