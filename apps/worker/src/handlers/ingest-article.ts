// One article: obtain → extract → store → hand over to theme tagging. Safe to run twice for the
// same article (duplicate delivery, a worker killed mid-job): finished work is skipped, and
// storing is idempotent.
import { extractPlainText } from "@tidemark/ingest/documents";
import { extractArticle } from "@tidemark/ingest/extract";
import { intakeHintsSchema } from "@tidemark/intake";
import type { ParsedJobPayload } from "@tidemark/queue";
import { type Job, UnrecoverableError } from "bullmq";
import type { ObtainedDocument } from "../pipeline/document.ts";
import { classifyFailure, PipelineError } from "../pipeline/failure.ts";
import { mergeHints } from "../pipeline/merge-hints.ts";
import { obtainDocument } from "../pipeline/obtain-document.ts";
import { recordFailure } from "../pipeline/record-failure.ts";
import { storeExtraction } from "../pipeline/store-extraction.ts";
import { RetryLaterError } from "../retry.ts";
import type { HandlerContext, JobSummary } from "./context.ts";
import { tagJobId } from "./tag-job-id.ts";

/** Statuses that mean a first ingest already finished; only an explicit re-ingest redoes them. */
const FINISHED = new Set(["extracted", "failed", "gone", "duplicate"]);

export async function ingestArticle(
  payload: ParsedJobPayload<"ingestArticle">,
  job: Job,
  ctx: HandlerContext,
): Promise<JobSummary> {
  const { articleId, reason } = payload;
  const article = await ctx.db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      status: true,
      intake: true,
      normalizedUrl: true,
      submittedContent: true,
      submittedFormat: true,
      intakeHints: true,
      contentHash: true,
      taggedHash: true,
      etag: true,
      lastModified: true,
      createdAt: true,
    },
  });
  if (!article) return { outcome: "skipped", why: "article no longer exists" };
  const summary = { url: article.normalizedUrl, reason };
  if (reason !== "reingest" && reason !== "retry" && FINISHED.has(article.status)) {
    return { ...summary, outcome: "skipped", why: `already ${article.status}` };
  }

  const hadContent = article.contentHash !== null;
  await ctx.db.article.update({
    where: { id: articleId },
    data: { attempts: { increment: 1 }, ...(hadContent ? {} : { status: "fetching" }) },
  });

  try {
    // A re-ingest asks "changed since?"; the first fetch never does.
    const validators = hadContent ? { etag: article.etag, lastModified: article.lastModified } : undefined;
    const doc = await obtainDocument(article, ctx.fetchDocument, validators);
    if (doc.notModified) {
      // Unchanged since the stored text, so the article is extracted again even if an earlier
      // attempt of this re-ingest failed (a duplicate stays a duplicate).
      await ctx.db.article.update({
        where: { id: articleId },
        data: {
          lastCheckedAt: doc.fetchedAt,
          failureCode: null,
          failureMessage: null,
          ...(article.status === "duplicate" ? {} : { status: "extracted" }),
        },
      });
      return { ...summary, outcome: "not_modified" };
    }
    const extracted = extract(doc, ctx.minArticleWords);
    const hints = intakeHintsSchema.safeParse(article.intakeHints ?? {});
    const merged = mergeHints(extracted, hints.success ? hints.data : null);
    const stored = await storeExtraction(ctx.db, article, merged, doc);
    if (stored.kind === "duplicate")
      return { ...summary, outcome: "duplicate", duplicateOf: stored.duplicateOfId };
    // Same text as the themes already saw (a re-ingest that found no edit): nothing to tag.
    if (stored.contentHash !== article.taggedHash) await requestTagging(ctx, articleId, stored.contentHash);
    return { ...summary, outcome: "extracted", version: stored.version, newVersion: stored.versionCreated };
  } catch (error) {
    const failure = classifyFailure(error);
    const maxAttempts = job.opts.attempts ?? 1;
    const attempt = job.attemptsMade + 1;
    const finalAttempt = !failure.retryable || attempt >= maxAttempts;
    const status = await recordFailure(ctx.db, failure, {
      articleId,
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

/**
 * The text is stored, so a Redis hiccup here must not turn into an ingest failure: the article's
 * tagged_hash still differs from its content hash, and the reconciler enqueues the tagging later.
 * The job id carries the content hash so a tag job already running on the previous text does not
 * swallow the request for the new one.
 */
async function requestTagging(ctx: HandlerContext, articleId: string, hash: string): Promise<void> {
  try {
    await ctx.producer.enqueue("tagArticle", { articleId }, { jobId: tagJobId(articleId, hash) });
  } catch (error) {
    ctx.logger.warn({ err: error, articleId }, "could not enqueue tagging; the reconciler will retry it");
  }
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
