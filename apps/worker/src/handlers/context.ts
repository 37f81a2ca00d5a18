import type { Db } from "@tidemark/db";
import type { Fetcher } from "@tidemark/ingest/fetch";
import type { Producer } from "@tidemark/queue";
import type { Logger } from "../logger.ts";
import type { DocumentFetcher } from "../pipeline/obtain-document.ts";

/** What every job handler gets: shared per-process resources, created once in main.ts. */
export interface HandlerContext {
  db: Db;
  producer: Producer;
  logger: Logger;
  fetchDocument: DocumentFetcher;
  /** The same safe fetcher, for feeds and sitemaps. */
  fetcher: Fetcher;
  minArticleWords: number;
}

/** What a handler reports; logged as one structured line per job. */
export interface JobSummary {
  outcome: string;
  [field: string]: unknown;
}
