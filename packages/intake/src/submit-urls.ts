// URL intake: the API's POST /api/articles, `tidemark add` and `tidemark import`.
import type { Db } from "@tidemark/db";
import { normalizeUrl } from "@tidemark/ingest/url";
import type { Producer } from "@tidemark/queue";
import { enqueueIngest } from "./enqueue.ts";
import { type ArticleCandidate, registerArticles } from "./register-articles.ts";
import type { IntakeOutcome } from "./results.ts";

/** Upper bound per call; callers with more (CLI imports) send chunks. */
export const MAX_URLS_PER_SUBMISSION = 5_000;

export interface SubmitResult {
  outcomes: IntakeOutcome[];
  /** Set when the queue was unreachable; the new articles wait in Postgres for the reconciler. */
  queueWarning?: string;
}

export async function submitUrls(
  db: Db,
  producer: Producer,
  inputs: readonly string[],
): Promise<SubmitResult> {
  if (inputs.length > MAX_URLS_PER_SUBMISSION) {
    throw new RangeError(`At most ${MAX_URLS_PER_SUBMISSION} URLs per submission; got ${inputs.length}.`);
  }
  const invalid = new Map<number, IntakeOutcome>();
  const candidates: ArticleCandidate[] = [];
  const candidateIndex: number[] = [];
  inputs.forEach((input, index) => {
    const normalized = normalizeUrl(input);
    if (!normalized.ok) {
      invalid.set(index, { input, outcome: "invalid", reason: normalized.reason });
      return;
    }
    candidates.push({
      input,
      normalizedUrl: normalized.url,
      data: { intake: "url", submittedUrl: input.trim() },
    });
    candidateIndex.push(index);
  });

  const registration = await registerArticles(db, candidates);
  const queue = await enqueueIngest(producer, registration.createdIds, "intake");
  const outcomes: IntakeOutcome[] = inputs.map((input) => ({ input, outcome: "invalid", reason: "" }));
  for (const [index, outcome] of invalid) outcomes[index] = outcome;
  registration.outcomes.forEach((outcome, i) => {
    const index = candidateIndex[i];
    if (index === undefined) return;
    outcomes[index] =
      outcome.outcome === "created" ? { ...outcome, queued: queue.enqueued.has(outcome.articleId) } : outcome;
  });
  return queue.error ? { outcomes, queueWarning: queue.error } : { outcomes };
}
