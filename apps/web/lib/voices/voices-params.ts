// The Voices view state from a URL (the page's search params and the API's query string read the
// same keys, so a dashboard link and an API call mean the same thing).
import { SERIES_UNITS, SPEAKER_KINDS } from "@tidemark/voices";
import { z } from "zod";
import { localDate, type RawParams, singleParam } from "@/lib/search-params/schemas";

export const voicesQuerySchema = z
  .object({
    theme: singleParam(z.uuid().optional()),
    source: singleParam(z.uuid().optional()),
    from: singleParam(localDate.optional()),
    to: singleParam(localDate.optional()),
    kind: singleParam(z.enum(SPEAKER_KINDS).optional()),
    unit: singleParam(z.enum(SERIES_UNITS).default("week")),
    limit: singleParam(z.coerce.number().int().min(1).max(100).default(25)),
    offset: singleParam(z.coerce.number().int().min(0).max(100_000).default(0)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  });
export type VoicesQuery = z.output<typeof voicesQuerySchema>;

export function voicesFilter(q: VoicesQuery) {
  return {
    ...(q.theme ? { themeId: q.theme } : {}),
    ...(q.source ? { sourceId: q.source } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
  };
}

/** For pages: the parsed view, or the defaults plus a message saying what was wrong. */
export function readVoicesParams(raw: RawParams): { query: VoicesQuery; error: string | null } {
  const parsed = voicesQuerySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, error: null };
  return { query: voicesQuerySchema.parse({}), error: z.prettifyError(parsed.error) };
}
