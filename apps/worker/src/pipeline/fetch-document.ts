// Adapter from the safe fetcher (@tidemark/ingest/fetch) to the pipeline's ObtainedDocument.
// One fetcher per worker process: it owns the connection pool, the robots cache and shares
// per-host politeness with every other worker through Redis.
import { createFetcher } from "@tidemark/ingest/fetch";
import type { Redis } from "ioredis";
import type { ObtainedDocument, Validators } from "./document.ts";

export function createDocumentFetcher(redis: Redis) {
  const fetcher = createFetcher({ redis });
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
      };
    },
    fetcher,
    close: () => fetcher.close(),
  };
}
