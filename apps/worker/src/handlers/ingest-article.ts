// One article: claim the attempt → obtain → extract → store → wake tagging. Postgres decides
// whether any ingest is owed (beginAttempt), so a duplicate delivery or a stale wake-up does
// nothing, and storing is idempotent: safe to run twice for the same article.
import {
  beginAttempt,
  type ClaimedArticle,
  classifyFailure,
  mergeHints,
  noteNotModified,
  type ObtainedDocument,
  PipelineError,
  recordFailure,
  storeExtraction,
  wakeTagging,
} from "@tidemark/articles";
import { extractPlainText } from "@tidemark/ingest/documents";
import { extractArticle } from "@tidemark/ingest/extract";
import { intakeHintsSchema } from "@tidemark/intake";
import type { ParsedJobPayload } from "@tidemark/queue";
import { type Job, UnrecoverableError } from "bullmq";
import { obtainDocument } from "../pipeline/obtain-document.ts";
import { HostBusyDelay, RetryLaterError } from "../retry.ts";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function ingestArticle(
  payload: ParsedJobPayload<"ingestArticle">,
  job: Job,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const { articleId, reason } = payload;
  const article = await beginAttempt(ctx.db, articleId);
  if (!article) return { outcome: "skipped", articleId, reason, why: "no ingest owed (done, or deleted)" };
  // A job coming back for the turn it reserved goes ahead; others join a busy site's line.
  if (payload.hostWaits === 0) await joinLineIfParked(ctx, article);
  const summary = { url: article.normalizedUrl, reason };
  const hadContent = article.contentHash !== null;
  // Per-stage timings, logged with the job's one summary line (fetch includes any politeness wait).
  const stages = new StageTimer();

  try {
    // A re-fetch asks "changed since?"; the first fetch never does.
    const validators = hadContent ? { etag: article.etag, lastModified: article.lastModified } : undefined;
    const doc = await obtainDocument(article, ctx.fetchDocument, validators);
    stages.lap("fetchMs");
    if (doc.notModified) {
      await noteNotModified(ctx.db, articleId, doc.fetchedAt, article.startedAt);
      // The text is unchanged, but its tagging may still be owed (a tag request lost earlier).
      if (article.contentHash !== article.taggedHash) await requestTagging(ctx, articleId);
      return { ...summary, outcome: "not_modified", stages: stages.done("storeMs") };
    }
    const extracted = extract(doc, ctx.minArticleWords);
    const hints = intakeHintsSchema.safeParse(article.intakeHints ?? {});
    const merged = mergeHints(extracted, hints.success ? hints.data : null);
    stages.lap("extractMs");
    const stored = await storeExtraction(ctx.db, article, merged, doc);
    stages.lap("storeMs");
    if (stored.kind === "duplicate")
      return { ...summary, outcome: "duplicate", duplicateOf: stored.duplicateOfId, stages: stages.done() };
    // Same text as the themes already saw (a re-fetch that found no edit): nothing to tag.
    if (stored.contentHash !== article.taggedHash) await requestTagging(ctx, articleId);
    return {
      ...summary,
      outcome: "extracted",
      version: stored.version,
      newVersion: stored.versionCreated,
      stages: stages.done("wakeTagMs"),
    };
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.code === "host_busy") {
      // The site is in its politeness gap: not a failure, and not a reason to hold a worker slot.
      // The attempt is handed back and the job waits in Redis's delayed set instead.
      await releaseAttempt(ctx, articleId);
      throw new HostBusyDelay(new URL(article.normalizedUrl).hostname, failure.retryAfterMs ?? 1_000);
    }
    if (failure.code === "internal_error")
      ctx.logger.error({ err: error, articleId }, "unexpected ingest error");
    const maxAttempts = job.opts.attempts ?? 1;
    const attempt = job.attemptsMade + 1;
    const finalAttempt = !failure.retryable || attempt >= maxAttempts;
    const status = await recordFailure(ctx.db, failure, {
      articleId,
      startedAt: article.startedAt,
      hadContent,
      finalAttempt,
      attempt,
      maxAttempts,
    });
    ctx.logger.warn(
      { articleId, url: article.normalizedUrl, code: failure.code, status, attempt },
      failure.message,
    );
    if (finalAttempt) throw new UnrecoverableError(`${failure.code}: ${failure.message}`);
    throw new RetryLaterError(failure.message, failure.retryAfterMs);
  }
}

/** Milliseconds per named stage, measured back to back. */
class StageTimer {
  private last = performance.now();
  private readonly laps: Record<string, number> = {};

  lap(name: string): void {
    const now = performance.now();
    this.laps[name] = Math.round(now - this.last);
    this.last = now;
  }

  done(lastStage?: string): Record<string, number> {
    if (lastStage) this.lap(lastStage);
    return this.laps;
  }
}

/**
 * The text is stored, so a Redis hiccup here must not turn into an ingest failure: the article's
 * tagged_hash still differs from its content hash, and the reconciler wakes tagging later.
 */
async function requestTagging(ctx: HandlerContext, articleId: string): Promise<void> {
  const report = await wakeTagging(ctx.producer, [articleId]);
  if (report.error) ctx.logger.warn({ articleId, error: report.error }, "could not wake tagging");
}

/**
 * When jobs for this article's site are already parked (the site is busy), this one joins them at
 * once instead of waiting in a slot: one Redis call, and the attempt handed back.
 */
async function joinLineIfParked(ctx: HandlerContext, article: ClaimedArticle): Promise<void> {
  if (article.submittedContent !== null || !/^https?:/.test(article.normalizedUrl)) return;
  const host = new URL(article.normalizedUrl).hostname;
  if ((await ctx.hostSlots.queuedFor(host)) <= ctx.hostWaitMs) return;
  await releaseAttempt(ctx, article.id);
  throw new HostBusyDelay(host, 0);
}

async function releaseAttempt(ctx: HandlerContext, articleId: string): Promise<void> {
  await ctx.db.$executeRaw`
    UPDATE articles SET attempts = GREATEST(attempts - 1, 0) WHERE id = ${articleId}::uuid`;
}

function extract(doc: ObtainedDocument, minWords: number) {
  if (doc.format === "text") {
    const article = extractPlainText(doc.content);
    if (article.wordCount === 0) throw new PipelineError("empty_extraction", "The file has no text.");
    return article;
  }
  const article = extractArticle(doc.content, {
    ...(doc.finalUrl ? { url: doc.finalUrl } : {}),
    // Dates after the fetch (plus slack) are impossible; stored documents use their intake time.
    fetchedAt: doc.fetchedAt,
  });
  if (article.wordCount < minWords) {
    throw new PipelineError(
      "empty_extraction",
      `No article text found on the page (${article.wordCount} words extracted; at least ${minWords} expected).`,
    );
  }
  return article;
}
