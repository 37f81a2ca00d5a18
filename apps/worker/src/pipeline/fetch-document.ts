// Adapter from the safe fetcher (@tidemark/ingest/fetch) to the pipeline's ObtainedDocument.
// One fetcher per worker process: it owns the connection pool, the robots cache and shares
// per-host politeness with every other worker through Redis.

import type { ObtainedDocument, Validators } from "@tidemark/articles";
import { createFetcher } from "@tidemark/ingest/fetch";
import type { Redis } from "ioredis";

export function createDocumentFetcher(redis: Redis, options: { hostMaxWaitMs?: number } = {}) {
  // A short wait for a host slot: past it the job is parked in Redis (see HostBusyDelay) so the
  // worker's slots keep serving other sites.
  const fetcher = createFetcher({ redis, ...options });
  return {
    fetchDocument: async (url: string, validators?: Validators): Promise<ObtainedDocument> => {
      const page = await fetcher.fetchPage(url, validators ?? {});
      return {
        format: "html",
        content: page.body,
        finalUrl: page.finalUrl,
        httpStatus: page.status,
        fetchedAt: page.fetchedAt,
        notModified: page.notModified,
        etag: page.etag,
        lastModified: page.lastModified,
        waitMs: page.waitMs,
      };
    },
    fetcher,
    close: () => fetcher.close(),
  };
}
