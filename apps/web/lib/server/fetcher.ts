// The web process's safe fetcher (same SSRF, robots and politeness rules as the worker), used to
// find a site's feed when a user subscribes to it. One per process.
import { createFetcher, type Fetcher } from "@tidemark/ingest/fetch";
import { webRedis } from "./queue";

const globalForFetcher = globalThis as unknown as { tidemarkFetcher?: Fetcher };

export function webFetcher(): Fetcher {
  globalForFetcher.tidemarkFetcher ??= createFetcher({ redis: webRedis() });
  return globalForFetcher.tidemarkFetcher;
}
