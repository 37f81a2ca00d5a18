// What a failed attempt does to the article row. The row always says what went wrong; only the
// final attempt (or a permanent failure) moves it to `failed`. An article that already has text
// (a re-ingest) keeps it: a failed re-check must not erase coverage, except that a page that is
// now 404/410 is marked `gone`.
import type { ArticleStatus, Db } from "@tidemark/db";
import { syncArticleCoverage } from "@tidemark/themes/coverage";
import type { ClassifiedFailure } from "./failure.ts";
import { settleRefetchRequest } from "./settle-refetch.ts";

const GONE_CODES = new Set(["http_404", "http_410"]);

export interface FailureContext {
  articleId: string;
  /** When the attempt began; a final failure answers the re-fetch requests made up to then. */
  startedAt: Date;
  hadContent: boolean;
  finalAttempt: boolean;
  attempt: number;
  maxAttempts: number;
}

export function statusAfterFailure(failure: ClassifiedFailure, ctx: FailureContext): ArticleStatus {
  if (ctx.hadContent) return GONE_CODES.has(failure.code) && ctx.finalAttempt ? "gone" : "extracted";
  return ctx.finalAttempt ? "failed" : "queued";
}

export async function recordFailure(
  db: Db,
  failure: ClassifiedFailure,
  ctx: FailureContext,
): Promise<ArticleStatus> {
  const status = statusAfterFailure(failure, ctx);
  const message = ctx.finalAttempt
    ? failure.message
    : `${failure.message} (attempt ${ctx.attempt} of ${ctx.maxAttempts}; will retry)`;
  await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: ctx.articleId },
      data: { status, failureCode: failure.code, failureMessage: sanitizeMessage(message) },
    });
    if (ctx.finalAttempt) await settleRefetchRequest(tx, ctx.articleId, ctx.startedAt);
    await syncArticleCoverage(tx, ctx.articleId);
  });
  return status;
}

/** Stored messages are for users: no NUL or other control characters, bounded length. */
function sanitizeMessage(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = message.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ");
  return clean.length > 500 ? `${clean.slice(0, 497)}...` : clean;
}
