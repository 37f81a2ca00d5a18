import type { Db } from "@tidemark/db";
import type { Fetcher } from "@tidemark/ingest/fetch";
import type { Producer } from "@tidemark/queue";

/** What a schedule run needs: the worker's shared database client, producer and fetcher. */
export interface RunContext {
  db: Db;
  producer: Producer;
  fetcher: Fetcher;
}

/** Counts a run reports, shown on the Schedules and Health pages. */
export type RunCounts = Record<string, number>;

/** An article a feed or sitemap run listed: created by this run, or already stored. */
export interface ListedArticle {
  articleId: string;
  isNew: boolean;
}

/** What a run did: its counts, and for feeds and sitemaps the articles it listed. */
export interface RunResult {
  counts: RunCounts;
  articles?: ListedArticle[];
}

/** The articles behind intake outcomes (invalid URLs have none). */
export function listedArticles(
  outcomes: readonly ({ outcome: "created" | "duplicate"; articleId: string } | { outcome: "invalid" })[],
): ListedArticle[] {
  return outcomes.flatMap((o) =>
    o.outcome === "invalid" ? [] : [{ articleId: o.articleId, isNew: o.outcome === "created" }],
  );
}
