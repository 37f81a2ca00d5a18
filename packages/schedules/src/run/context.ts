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
