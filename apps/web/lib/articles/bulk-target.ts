// What a bulk action (re-ingest, delete, export) applies to: a selection, {ids: [...]} (at most
// 1,000), or every article a list's filters match, {filter: {...}} or {filter: "q=…&status=…"},
// with the same parameters as GET /api/articles and the articles page (themes and collections by
// id or slug). Paging parameters in a filter are ignored: it means all pages. A selection is done
// in the request; a filter's re-ingest or delete becomes a background job (a bulk action).
import type { ResolvedFilters } from "@tidemark/articles";
import type { Db } from "@tidemark/db";
import { z } from "zod";
import { resolveCollectionParam } from "@/lib/collections/collection-refs";
import { rawParams } from "@/lib/search-params/raw-query";
import type { RawParams } from "@/lib/search-params/schemas";
import { resolveThemeParam } from "@/lib/themes/theme-refs";
import { type ArticleListParams, articleListSchema, MAX_BULK_IDS } from "./list-params";
import { resolveFilters } from "./resolve-filters";

const filterValue = z.union([z.string().max(2_000), z.array(z.string().max(2_000)).max(1_000)]);

export const bulkTargetSchema = z.union([
  z.strictObject({
    ids: z
      .array(z.uuid({ message: "an article id" }))
      .min(1, "Select at least one article")
      .max(MAX_BULK_IDS, `At most ${MAX_BULK_IDS} articles by id; use a filter for more`),
  }),
  z.strictObject({
    filter: z.union([z.string().max(20_000), z.record(z.string(), filterValue)]),
  }),
]);

export type BulkTarget = z.output<typeof bulkTargetSchema>;

/** The list parameters a target stands for (all pages of a filter; a selection is the id filter). */
export async function bulkListParams(db: Db, target: BulkTarget): Promise<ArticleListParams> {
  if ("ids" in target) return articleListSchema.parse({ id: target.ids });
  const raw: RawParams =
    typeof target.filter === "string"
      ? rawParams(new URLSearchParams(target.filter.replace(/^\?/, "")))
      : target.filter;
  const { after: _a, before: _b, limit: _l, ...rest } = raw;
  return articleListSchema.parse(await resolveCollectionParam(db, await resolveThemeParam(db, rest)));
}

export async function resolveBulkTarget(db: Db, target: BulkTarget): Promise<ResolvedFilters> {
  return resolveFilters(db, await bulkListParams(db, target));
}
