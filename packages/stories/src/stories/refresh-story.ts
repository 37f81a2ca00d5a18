// Recomputes a story from its members: counts (articles, outlets, text families), first and last
// seen, head (earliest member) and label. A story left without members is removed. The caller
// holds the story row lock.
import type { Prisma } from "@tidemark/db";
import { instantOf } from "../instant.ts";
import { LABEL_KEYS, type LabelKey, storyLabel } from "./story-label.ts";

/** Keys the label chooses from (the first LABEL_KEYS are stored with the story). */
const LABEL_CANDIDATES = 40;
/** Members whose title and lead tell how the story writes its words. */
const TEXT_MEMBERS = 5;
const LEAD_CHARS = 1_500;

export async function refreshStory(tx: Prisma.TransactionClient, storyId: string): Promise<void> {
  const [stats] = await tx.$queryRaw<
    { articles: number; outlets: number; families: number; first: Date | null; last: Date | null }[]
  >`
    SELECT count(*)::int AS articles, count(DISTINCT a.source_id)::int AS outlets,
           count(DISTINCT coalesce(a.family_id, a.id))::int AS families,
           min(${instantOf("a")}) AS first, max(${instantOf("a")}) AS last
    FROM articles a WHERE a.story_id = ${storyId}::uuid`;
  if (!stats || stats.articles === 0 || !stats.first || !stats.last) {
    await tx.$executeRaw`DELETE FROM stories WHERE id = ${storyId}::uuid`;
    return;
  }
  const [head] = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id::text FROM articles a WHERE a.story_id = ${storyId}::uuid ORDER BY ${instantOf("a")}, a.id LIMIT 1`;
  // The label chooses among more keys than the ones stored with the story.
  const candidates = await tx.$queryRaw<LabelKey[]>`
    SELECT k.key, count(*)::int AS articles, sum(k.weight)::float8 AS weight
    FROM article_story_keys k JOIN articles a ON a.id = k.article_id
    WHERE a.story_id = ${storyId}::uuid
    GROUP BY k.key ORDER BY 2 DESC, 3 DESC, 1 LIMIT ${LABEL_CANDIDATES}`;
  const keys = candidates.slice(0, LABEL_KEYS);
  const slugs = candidates.filter((k) => k.key.startsWith("e:")).map((k) => k.key.slice(2));
  const names = slugs.length
    ? await tx.$queryRaw<{ slug: string; name: string }[]>`
        SELECT slug, name FROM themes WHERE slug = ANY(${slugs}::text[])`
    : [];
  // How the story writes its words: the head's title first, then a few members' titles and leads.
  const texts = await tx.$queryRaw<{ title: string | null; lead: string | null }[]>`
    SELECT a.title, left(a.text, ${LEAD_CHARS}) AS lead FROM articles a
    WHERE a.story_id = ${storyId}::uuid
    ORDER BY a.id = ${head?.id ?? null}::uuid DESC NULLS LAST, ${instantOf("a")}, a.id LIMIT ${TEXT_MEMBERS}`;
  // Document frequencies of two-word terms and their words, for the phrases' cohesion.
  const dfKeys = [
    ...new Set(
      candidates
        .filter((k) => k.key.startsWith("t:") && k.key.includes(" "))
        .flatMap((k) => [
          k.key,
          ...k.key
            .slice(2)
            .split(" ")
            .map((w) => `t:${w}`),
        ]),
    ),
  ];
  const frequencies = dfKeys.length
    ? await tx.$queryRaw<{ key: string; df: number }[]>`
        SELECT key, df FROM story_term_df WHERE key = ANY(${dfKeys}::text[])`
    : [];
  const label = storyLabel({
    keys: candidates,
    entityNames: new Map(names.map((n) => [n.slug, n.name])),
    articleCount: stats.articles,
    texts,
    df: new Map(frequencies.map((f) => [f.key, f.df])),
  });
  await tx.$executeRaw`
    UPDATE stories SET article_count = ${stats.articles}, outlet_count = ${stats.outlets},
      family_count = ${stats.families}, first_seen_at = ${stats.first}, last_seen_at = ${stats.last},
      head_article_id = ${head?.id ?? null}::uuid, label = ${label},
      keys = ${JSON.stringify(keys.map((k) => ({ key: k.key, articles: k.articles, weight: k.weight })))}::jsonb,
      updated_at = now()
    WHERE id = ${storyId}::uuid`;
}
