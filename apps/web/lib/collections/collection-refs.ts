// Source collections are named by id or by slug wherever the API takes one (`collection=us-national`
// as well as its id), like themes (lib/themes/theme-refs.ts): slugs become ids before the route's
// zod schema sees them; an unknown slug is a 404 naming it.
import type { Db } from "@tidemark/db";
import { ApiError } from "@/lib/api/errors";
import { resolveSlugParam } from "@/lib/ids/slug-param";
import type { RawParams } from "@/lib/search-params/schemas";

function unknownCollection(ref: string): ApiError {
  return new ApiError(
    404,
    "not_found",
    `No source collection "${ref}": give a collection's id or slug (GET /api/collections lists them).`,
  );
}

/** A query's `collection` values (repeated or comma-separated) with slugs replaced by ids. */
export function resolveCollectionParam(db: Db, raw: RawParams): Promise<RawParams> {
  return resolveSlugParam(
    raw,
    "collection",
    async (slugs) => {
      const rows = await db.sourceCollection.findMany({
        where: { slug: { in: slugs } },
        select: { id: true, slug: true },
      });
      return new Map(rows.map((r) => [r.slug, r.id]));
    },
    unknownCollection,
  );
}
