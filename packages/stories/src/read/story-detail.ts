// One story: its counts, members in time order (each with outlet and text family, the first copy
// of each family marked), outlets, a per-day timeline and the themes its articles match.
import type { Db } from "@tidemark/db";
import { instantOf } from "../instant.ts";

export interface StoryMember {
  id: string;
  title: string | null;
  url: string;
  source: { id: string; name: string } | null;
  at: Date;
  familyId: string | null;
  /** The earliest copy of its text family (false for later copies). */
  familyHead: boolean;
}

export interface StoryDetail {
  id: string;
  label: string;
  keys: { key: string; articles: number; weight: number }[];
  headArticleId: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  articleCount: number;
  outletCount: number;
  familyCount: number;
  members: StoryMember[];
  /** Shown when the story has more members than the page lists. */
  membersTruncated: boolean;
  outlets: { id: string | null; name: string; articles: number; firstAt: Date }[];
  timeline: { day: string; articles: number; outlets: number; copies: number }[];
  themes: { id: string; slug: string; name: string; kind: string; color: string; articles: number }[];
}

const MEMBER_LIMIT = 500;

export async function storyDetail(db: Db, storyId: string): Promise<StoryDetail | null> {
  const story = await db.story.findUnique({ where: { id: storyId } });
  if (!story) return null;
  const members = await db.$queryRaw<
    {
      id: string;
      title: string | null;
      url: string;
      source_id: string | null;
      source_name: string | null;
      at: Date;
      family_id: string | null;
      family_head: boolean;
    }[]
  >`
    SELECT a.id::text, a.title, coalesce(a.canonical_url, a.normalized_url) AS url, s.id::text AS source_id,
           coalesce(s.name, s.domain, s.key) AS source_name, ${instantOf("a")} AS at, a.family_id::text,
           (f.head_article_id = a.id) IS NOT FALSE AS family_head
    FROM articles a
    LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN text_families f ON f.id = a.family_id
    WHERE a.story_id = ${storyId}::uuid
    ORDER BY 6, 1 LIMIT ${MEMBER_LIMIT + 1}`;
  const outlets = await db.$queryRaw<{ id: string | null; name: string; articles: number; first_at: Date }[]>`
    SELECT s.id::text, coalesce(s.name, s.domain, s.key, 'Unknown outlet') AS name, count(*)::int AS articles,
           min(${instantOf("a")}) AS first_at
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
    WHERE a.story_id = ${storyId}::uuid GROUP BY 1, 2 ORDER BY 4, 2`;
  const timeline = await db.$queryRaw<{ day: string; articles: number; outlets: number; copies: number }[]>`
    SELECT to_char(date_trunc('day', ${instantOf("a")} AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day,
           count(*)::int AS articles, count(DISTINCT a.source_id)::int AS outlets,
           count(*) FILTER (WHERE f.head_article_id IS DISTINCT FROM a.id AND a.family_id IS NOT NULL)::int AS copies
    FROM articles a LEFT JOIN text_families f ON f.id = a.family_id
    WHERE a.story_id = ${storyId}::uuid GROUP BY 1 ORDER BY 1`;
  const themes = await db.$queryRaw<StoryDetail["themes"]>`
    SELECT t.id::text, t.slug, t.name, t.kind::text AS kind, t.color, count(DISTINCT a.id)::int AS articles
    FROM articles a
    JOIN article_theme_hits h ON h.article_id = a.id
    JOIN themes t ON t.id = h.theme_id AND h.theme_version_id = t.series_version_id
    WHERE a.story_id = ${storyId}::uuid
    GROUP BY t.id ORDER BY 6 DESC, 3`;
  return {
    id: story.id,
    label: story.label,
    keys: Array.isArray(story.keys) ? (story.keys as StoryDetail["keys"]) : [],
    headArticleId: story.headArticleId,
    firstSeenAt: story.firstSeenAt,
    lastSeenAt: story.lastSeenAt,
    articleCount: story.articleCount,
    outletCount: story.outletCount,
    familyCount: story.familyCount,
    members: members.slice(0, MEMBER_LIMIT).map((m) => ({
      id: m.id,
      title: m.title,
      url: m.url,
      source: m.source_id ? { id: m.source_id, name: m.source_name ?? "" } : null,
      at: m.at,
      familyId: m.family_id,
      familyHead: m.family_head,
    })),
    membersTruncated: members.length > MEMBER_LIMIT,
    outlets: outlets.map((o) => ({ id: o.id, name: o.name, articles: o.articles, firstAt: o.first_at })),
    timeline,
    themes,
  };
}
