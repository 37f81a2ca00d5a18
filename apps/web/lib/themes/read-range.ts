// Reads a page's range view state from its URL; bad values fall back to defaults with a message
// the page shows, instead of an error page.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import type { RawParams } from "@/lib/search-params/schemas";
import { type ResolvedRange, rangeQuerySchema, resolveRange } from "./range-query";

export async function readRange(
  db: Db,
  raw: RawParams,
  defaults: { unit?: "day" | "week" | "month" } = {},
): Promise<{ range: ResolvedRange; error: string | null }> {
  const input = { unit: defaults.unit, ...raw };
  const parsed = rangeQuerySchema.safeParse(input);
  if (parsed.success) return { range: await resolveRange(db, parsed.data), error: null };
  return {
    range: await resolveRange(db, rangeQuerySchema.parse({ unit: defaults.unit })),
    error: z.prettifyError(parsed.error),
  };
}

/** The range as URL params, for links and exports that must reproduce the view. */
export function rangeParams(range: ResolvedRange): Record<string, string | string[]> {
  return {
    unit: range.unit,
    tz: range.timezone,
    from: range.from,
    to: range.to,
    ...(range.collectionIds
      ? { collection: range.collectionIds, source: range.givenSourceIds ?? [] }
      : range.sourceIds
        ? { source: range.sourceIds }
        : {}),
    ...(range.count !== "articles" ? { count: range.count } : {}),
  };
}
