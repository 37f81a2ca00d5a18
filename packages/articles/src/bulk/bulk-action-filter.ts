// The filter a bulk action works through, as stored on its row (JSON): the list parameters and
// the theme versions they stood for when the action was asked for, so the worker changes exactly
// the articles the user saw listed. Parsed with zod when read back.
import { z } from "zod";
import { ARTICLE_SORTS, type ResolvedFilters } from "../list/list-filters-sql.ts";

const ids = z.array(z.string().max(100)).max(1_000);

export const storedFiltersSchema = z.object({
  params: z.object({
    id: ids.optional(),
    q: z.string().max(2_000).optional(),
    status: z.array(z.string().max(40)).max(20),
    source: ids,
    collection: ids.optional(),
    import: ids.optional(),
    schedule: ids.optional(),
    lang: z.string().max(40).optional(),
    themeMatch: z.enum(["all", "any"]).optional(),
    from: z.string().max(10).optional(),
    to: z.string().max(10).optional(),
    tz: z.string().max(100),
    sort: z.enum(ARTICLE_SORTS),
    limit: z.number().int(),
  }),
  themeVersions: z.array(z.uuid().nullable()).max(100),
});

/** The filter to store: paging is dropped (a bulk action means every page). */
export function storedFilters({
  params,
  themeVersions,
}: ResolvedFilters): z.output<typeof storedFiltersSchema> {
  const { after: _after, before: _before, ...rest } = params;
  return storedFiltersSchema.parse({
    params: JSON.parse(JSON.stringify(rest)) as unknown,
    themeVersions,
  });
}

export function readStoredFilters(json: unknown): ResolvedFilters {
  return storedFiltersSchema.parse(json);
}
