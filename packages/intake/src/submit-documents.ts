// File intake: articles whose content we already have (seed files, saved pages, JSONL corpora).
// They take the same path as URLs: a row in Postgres, then an ingest job; the worker extracts
// from the stored content instead of fetching.

import type { Db } from "@tidemark/db";
import { cleanText } from "@tidemark/ingest/documents";
import { normalizeUrl } from "@tidemark/ingest/url";
import type { Producer } from "@tidemark/queue";
import { enqueueIngest } from "./enqueue.ts";
import { compactHints, type IntakeHints, intakeHintsSchema } from "./hints.ts";
import { type ArticleCandidate, registerArticles } from "./register-articles.ts";
import type { SubmitResult } from "./submit-urls.ts";

export type DocumentFormat = "text" | "html";

export interface SubmittedDocument {
  /** Stable name of the document (e.g. "seeds/000_x.txt"); the dedupe key when there is no URL. */
  key: string;
  content: string;
  format: DocumentFormat;
  /** The document's original web address, when known; then it dedupes against URL intake too. */
  url?: string | null;
  hints?: IntakeHints;
}

/** The dedupe key of a document without a URL. */
export function documentKeyUrl(key: string): string {
  return `file:${key.replace(/^\/+/, "")}`;
}

export async function submitDocuments(
  db: Db,
  producer: Producer,
  documents: readonly SubmittedDocument[],
): Promise<SubmitResult> {
  const candidates = documents.map((doc): ArticleCandidate => {
    const normalized = doc.url ? normalizeUrl(doc.url) : null;
    const normalizedUrl = normalized?.ok ? normalized.url : documentKeyUrl(doc.key);
    // Validate here, where a bad hint is the submitter's mistake, not later in the worker.
    const hints = compactHints(doc.hints ? intakeHintsSchema.parse(doc.hints) : undefined);
    return {
      input: doc.key,
      normalizedUrl,
      data: {
        intake: "file",
        submittedUrl: doc.url?.trim() || normalizedUrl,
        filePath: doc.key,
        submittedContent: cleanText(doc.content),
        submittedFormat: doc.format,
        ...(hints ? { intakeHints: hints } : {}),
      },
    };
  });
  const registration = await registerArticles(db, candidates);
  const queue = await enqueueIngest(producer, registration.createdIds, "intake");
  const outcomes = registration.outcomes.map((o) =>
    o.outcome === "created" ? { ...o, queued: queue.enqueued.has(o.articleId) } : o,
  );
  return queue.error ? { outcomes, queueWarning: queue.error } : { outcomes };
}
