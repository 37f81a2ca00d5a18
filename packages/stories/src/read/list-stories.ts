// Stories, most recently active first, a page at a time (keyset over last_seen_at, id); for one
// theme, the stories with at least one article its series version hits.
import { type Db, Prisma } from "@tidemark/db";
import { z } from "zod";

export const storyListSchema = z.object({
  themeId: z.uuid().optional(),
  /** Only stories told by at least this many outlets. */
  minOutlets: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** Opaque cursor from the previous page. */
  cursor: z.string().max(200).optional(),
});
export type StoryListParams = z.input<typeof storyListSchema>;

export interface StoryRow {
  id: string;
  label: string;
  headTitle: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  articleCount: number;
  outletCount: number;
  familyCount: number;
  /** Articles of the story the theme hits (with a theme filter). */
  themeArticles: number | null;
}

export interface StoryPage {
  stories: StoryRow[];
  nextCursor: string | null;
}

export class StoryCursorError extends Error {
  readonly code = "BAD_CURSOR";
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const parsed = z.object({ at: z.iso.datetime(), id: z.uuid() }).safeParse({ at, id });
  if (!parsed.success)
    throw new StoryCursorError("That page cursor is not valid; start from the first page.");
  return { at: new Date(parsed.data.at), id: parsed.data.id };
}

function encodeCursor(row: StoryRow): string {
  return Buffer.from(`${row.lastSeenAt.toISOString()}|${row.id}`).toString("base64url");
}

export async function listStories(db: Db, input: StoryListParams): Promise<StoryPage> {
  const p = storyListSchema.parse(input);
  const after = p.cursor ? decodeCursor(p.cursor) : null;
  const keyset = after
    ? Prisma.sql`AND (s.last_seen_at, s.id) < (${after.at}, ${after.id}::uuid)`
    : Prisma.empty;
  const themeJoin = p.themeId
    ? Prisma.sql`JOIN LATERAL (
        SELECT count(*)::int AS n FROM articles a
        JOIN themes t ON t.id = ${p.themeId}::uuid
        JOIN article_theme_hits h ON h.article_id = a.id AND h.theme_version_id = t.series_version_id
        WHERE a.story_id = s.id) th ON th.n > 0`
    : Prisma.sql`CROSS JOIN (SELECT NULL::int AS n) th`;
  const rows = await db.$queryRaw<
    {
      id: string;
      label: string;
      head_title: string | null;
      first_seen_at: Date;
      last_seen_at: Date;
      article_count: number;
      outlet_count: number;
      family_count: number;
      theme_articles: number | null;
    }[]
  >`
    SELECT s.id::text, s.label, h.title AS head_title, s.first_seen_at, s.last_seen_at, s.article_count,
           s.outlet_count, s.family_count, th.n AS theme_articles
    FROM stories s
    LEFT JOIN articles h ON h.id = s.head_article_id
    ${themeJoin}
    WHERE s.outlet_count >= ${p.minOutlets} ${keyset}
    ORDER BY s.last_seen_at DESC, s.id DESC
    LIMIT ${p.limit + 1}`;
  const stories = rows.slice(0, p.limit).map((r) => ({
    id: r.id,
    label: r.label,
    headTitle: r.head_title,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    articleCount: r.article_count,
    outletCount: r.outlet_count,
    familyCount: r.family_count,
    themeArticles: r.theme_articles,
  }));
  const last = stories.at(-1);
  return { stories, nextCursor: rows.length > p.limit && last ? encodeCursor(last) : null };
}
