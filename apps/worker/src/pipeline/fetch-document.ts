// Adapter from the safe fetcher (@tidemark/ingest/fetch) to the pipeline's ObtainedDocument.
// TEMPORARY: replaced once the fetcher lands.
import type { Redis } from "ioredis";
import type { ObtainedDocument } from "./document.ts";
import { PipelineError } from "./failure.ts";

export function createDocumentFetcher(_redis: Redis) {
  return {
    fetchDocument: async (_url: string): Promise<ObtainedDocument> => {
      throw new PipelineError("not_built", "URL fetching is not built yet");
    },
    close: async () => {},
  };
}
