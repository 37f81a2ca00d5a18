// Getting the bytes to extract: stored content for file intake, a safe fetch for URLs.
import type { ObtainedDocument, Validators } from "@tidemark/articles";
import { PipelineError } from "@tidemark/articles";

export type DocumentFetcher = (url: string, validators?: Validators) => Promise<ObtainedDocument>;

export interface ArticleSource {
  intake: string;
  normalizedUrl: string;
  submittedContent: string | null;
  submittedFormat: string | null;
  createdAt: Date;
}

/** `validators` are set on a re-ingest of a fetched article: the page may then answer 304. */
export async function obtainDocument(
  article: ArticleSource,
  fetchDocument: DocumentFetcher,
  validators?: Validators,
): Promise<ObtainedDocument> {
  if (article.submittedContent !== null) {
    return {
      format: article.submittedFormat === "html" ? "html" : "text",
      content: article.submittedContent,
      finalUrl: null,
      httpStatus: null,
      // For stored documents "fetched" means "received": the time they were submitted.
      fetchedAt: article.createdAt,
    };
  }
  if (article.intake === "file") {
    throw new PipelineError("missing_content", "This file article has no stored content to extract.");
  }
  return fetchDocument(article.normalizedUrl, validators);
}
