// Source collections are named by id or by slug wherever the API takes one (`collection=us-national`
// as well as its id), like themes (lib/themes/theme-refs.ts): slugs become ids before the route's
// zod schema sees them; an unknown slug is a 404 naming it.
import type { Db } from "@tidemark/db";
import { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/ids/is-uuid";
import type { RawParams } from "@/lib/search-params/schemas";

function unknownCollection(ref: string): ApiError {
  return new ApiError(
    404,
    "not_found",
    `No source collection "${ref}": give a collection's id or slug (GET /api/collections lists them).`,
  );
}

/** A query's `collection` values (repeated or comma-separated) with slugs replaced by ids. */
export async function resolveCollectionParam(db: Db, raw: RawParams): Promise<RawParams> {
  const value = raw.collection;
  if (value === undefined) return raw;
  const refs = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  if (refs.every(isUuid)) return raw;
  const slugs = [...new Set(refs.filter((r) => !isUuid(r)))];
  const rows = await db.sourceCollection.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true },
  });
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  return {
    ...raw,
    collection: refs.map((ref) => {
      if (isUuid(ref)) return ref;
      const id = ids.get(ref);
      if (!id) throw unknownCollection(ref);
      return id;
    }),
  };
}
