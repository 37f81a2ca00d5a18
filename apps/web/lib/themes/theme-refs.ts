// Themes are named by id or by slug wherever the API takes one (the CLI and scripts use slugs,
// the dashboard ids). Slugs are turned into ids here, before the route's zod schema sees them, so
// every schema keeps validating ids; an unknown slug is a 404 naming it, not a regex dump.
import type { Db } from "@tidemark/db";
import { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/ids/is-uuid";
import { resolveSlugParam } from "@/lib/ids/slug-param";
import type { RawParams } from "@/lib/search-params/schemas";

/** What a theme's slug looks like (@tidemark/themes: lower-case letters, digits, single hyphens). */
export const THEME_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function unknownTheme(ref: string): ApiError {
  return new ApiError(
    404,
    "not_found",
    `No theme "${ref}": give a theme's id or slug (GET /api/themes lists them).`,
  );
}

/** Ids for theme references (ids pass through; slugs are looked up in one query). */
export async function resolveThemeRefs(db: Db, refs: readonly string[]): Promise<string[]> {
  const slugs = [...new Set(refs.filter((r) => !isUuid(r)))];
  if (slugs.length === 0) return [...refs];
  for (const slug of slugs) if (!THEME_SLUG.test(slug)) throw unknownTheme(slug);
  const rows = await db.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  return refs.map((ref) => {
    if (isUuid(ref)) return ref;
    const id = ids.get(ref);
    if (!id) throw unknownTheme(ref);
    return id;
  });
}

/** One theme reference from a path (`/api/themes/:id`): its id, or a 404. */
export async function resolveThemeRef(db: Db, ref: string): Promise<string> {
  const [id] = await resolveThemeRefs(db, [ref]);
  if (!id) throw unknownTheme(ref);
  return id;
}

/** A query's `theme` values (repeated or comma-separated) with slugs replaced by ids. */
export function resolveThemeParam(db: Db, raw: RawParams): Promise<RawParams> {
  return resolveSlugParam(
    raw,
    "theme",
    async (slugs) => new Map((await resolveThemeRefs(db, slugs)).map((id, i) => [slugs[i] ?? "", id])),
    unknownTheme,
  );
}
