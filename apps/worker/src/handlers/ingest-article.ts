// One article: claim the attempt → obtain → extract → match the live themes → store and tag in
// one transaction. Postgres decides whether any ingest is owed (beginAttempt), so a duplicate
// delivery or a stale wake-up does nothing, and storing is idempotent: safe to run twice for the
// same article. Tagging in the store transaction saves a second job and transaction per article;
// when it cannot run there (matching threw), the text is stored tag-pending and a tag job is woken,
// exactly as before.
import {
  beginAttempt,
  type ClaimedArticle,
  classifyFailure,
  contentHash,
  type MergedArticle,
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
import { timed } from "@tidemark/metrics";
import type { ParsedJobPayload } from "@tidemark/queue";
import { wakeGrouping } from "@tidemark/stories";
import { type HitPair, liveVersions, matchArticle, writeArticleTags } from "@tidemark/themes/tagging";
import {
  currentEntityMatchers,
  type EntityMatcher,
  quoteRows,
  replaceQuotes,
  storeInTransaction,
} from "@tidemark/voices";
import { type Job, UnrecoverableError } from "bullmq";
import { observeFetch } from "../observe.ts";
import { obtainDocument } from "../pipeline/obtain-document.ts";
import { HostBusyDelay, RetryLaterError } from "../retry.ts";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function ingestArticle(
  payload: ParsedJobPayload<"ingestArticle">,
  job: Job,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const { articleId, reason } = payload;
  const db = ctx.metrics.dbSeconds;
  const article = await timed(db, { operation: "begin_attempt" }, () => beginAttempt(ctx.db, articleId));
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
    stages.lap("fetchMs", doc.waitMs ?? 0, "fetchWaitMs");
    if (doc.httpStatus !== null) observeFetch(ctx, doc.httpStatus);
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
    // Same text as the themes already saw (a re-fetch that found no edit): nothing to tag.
    const mergedHash = contentHash(merged.title, merged.text);
    const tags = mergedHash === article.taggedHash ? null : await matchThemes(ctx, articleId, merged);
    // Quotes are extracted here, outside the store transaction, from the text about to be stored;
    // the transaction uses them only if the stored content hash is this text's.
    const quotes = tags
      ? { contentHash: mergedHash, rows: quoteRows(merged.text, tags.entityMatchers) }
      : undefined;
    stages.lap("matchMs");
    const stored = await timed(db, { operation: "store" }, () =>
      storeExtraction(ctx.db, article, merged, doc, {
        // Quotes first, then tags, as the tag job does: all commit with the text or not at all.
        alsoInTransaction: tags
          ? async (tx, { contentHash: hash }) => {
              if (hash === article.taggedHash) return undefined;
              // The store has just written this text under the row lock: the quotes computed
              // from it replace the stored ones in one statement.
              if (quotes?.contentHash === hash) await replaceQuotes(tx, articleId, hash, quotes.rows);
              else await storeInTransaction(tx, articleId, tags.entityMatchers, false, quotes);
              return writeArticleTags(tx, articleId, tags.hits);
            }
          : undefined,
      }),
    );
    stages.lap("storeMs");
    if (stored.kind === "duplicate")
      return { ...summary, outcome: "duplicate", duplicateOf: stored.duplicateOfId, stages: stages.done() };
    const tagged = stored.extra !== undefined;
    if (!tagged && stored.contentHash !== article.taggedHash) await requestTagging(ctx, articleId);
    // Tagged here: what the tag job would do next, grouping (family and story) needs the tags.
    if (tagged) await requestGrouping(ctx, articleId);
    return {
      ...summary,
      outcome: "extracted",
      version: stored.version,
      newVersion: stored.versionCreated,
      tagged: tagged ? { added: stored.extra?.added, matched: stored.extra?.matched } : "queued",
      stages: stages.done(tagged ? undefined : "wakeTagMs"),
    };
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure.code !== "host_busy" && article.submittedContent === null)
      observeFetch(ctx, fetchCode(failure.code));
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
    const status = await timed(db, { operation: "record_failure" }, () =>
      recordFailure(ctx.db, failure, {
        articleId,
        startedAt: article.startedAt,
        hadContent,
        finalAttempt,
        attempt,
        maxAttempts,
      }),
    );
    ctx.logger.warn(
      { articleId, url: article.normalizedUrl, code: failure.code, status, attempt },
      failure.message,
    );
    if (finalAttempt) throw new UnrecoverableError(`${failure.code}: ${failure.message}`);
    throw new RetryLaterError(failure.message, failure.retryAfterMs);
  }
}

/**
 * Every live theme's verdict on the new text, computed before the store transaction opens so no
 * lock is held while matching. Null when it cannot be done here: the text is then stored
 * tag-pending and the tag job does it (the error is logged, not swallowed).
 */
async function matchThemes(
  ctx: HandlerContext,
  articleId: string,
  merged: MergedArticle,
): Promise<{ hits: HitPair[]; entityMatchers: EntityMatcher[] } | null> {
  try {
    const [versions, entityMatchers] = await timed(
      ctx.metrics.dbSeconds,
      { operation: "live_versions" },
      () => Promise.all([liveVersions(ctx.db), currentEntityMatchers(ctx.db)]),
    );
    return { hits: matchArticle(articleId, versions, merged), entityMatchers: [...entityMatchers] };
  } catch (error) {
    ctx.logger.error({ err: error, articleId }, "could not match themes during ingest; a tag job will");
    return null;
  }
}

/** Milliseconds per named stage, measured back to back. */
class StageTimer {
  private last = performance.now();
  private readonly laps: Record<string, number> = {};

  /** `part` ms of this lap were spent in `partName` (e.g. the politeness wait within the fetch). */
  lap(name: string, part = 0, partName?: string): void {
    const now = performance.now();
    const ms = now - this.last;
    if (partName) this.laps[partName] = Math.round(part);
    this.laps[name] = Math.round(ms - (partName ? part : 0));
    this.last = now;
  }

  get stages(): Readonly<Record<string, number>> {
    return this.laps;
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

/** Like requestTagging: the grouping is owed in Postgres, so a Redis hiccup only delays it. */
async function requestGrouping(ctx: HandlerContext, articleId: string): Promise<void> {
  const report = await wakeGrouping(ctx.producer, [articleId]);
  if (report.error) ctx.logger.warn({ articleId, error: report.error }, "grouping not woken");
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

/** `http_404` → "404"; other failure codes (timeout, dns_not_found, ...) as they are. */
function fetchCode(code: string): string {
  const http = /^http_(\d{3})$/.exec(code);
  return http?.[1] ?? code;
}
