// A theme's dashboard pages answer at its slug as well as its id, as the API and the CLI do:
// /themes/tiktok-ban redirects to /themes/<id> (and …/edit to …/<id>/edit), the query kept, so a
// link someone types or pastes from the CLI works and every page keeps one address per theme.
// An id passes through; a slug no theme has, or anything else, is the 404 page.
import type { Db } from "@tidemark/db";
import { notFound, redirect } from "next/navigation";
import { isUuid } from "@/lib/ids/is-uuid";
import { type RawParams, toSearchParams } from "@/lib/search-params/schemas";
import { THEME_SLUG } from "./theme-refs";

/** The theme id a page's `[id]` segment names; for a slug, a redirect to the id's address. */
export async function themePageId(
  db: Db,
  ref: string,
  pathFor: (id: string) => string,
  query: RawParams = {},
): Promise<string> {
  if (isUuid(ref)) return ref;
  if (!THEME_SLUG.test(ref)) notFound();
  const theme = await db.theme.findUnique({ where: { slug: ref }, select: { id: true } });
  if (!theme) notFound();
  const search = toSearchParams(query).toString();
  redirect(search ? `${pathFor(theme.id)}?${search}` : pathFor(theme.id));
}
