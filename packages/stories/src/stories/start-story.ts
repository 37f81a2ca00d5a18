// A story of one article (the common case for a first report), created whole and linked in one
// statement: what refreshStory would compute for it is known without reading it back (one
// article, its outlet if it has one, one family, its own instant and keys).
import { type Prisma, uuid7 } from "@tidemark/db";
import { LABEL_KEYS, type LabelKey, storyLabel } from "./story-label.ts";
import type { WeightedKey } from "./story-terms.ts";
import type { StoryText } from "./word-casing.ts";

export interface LoneStoryArticle {
  id: string;
  contentHash: string;
  instant: Date;
  hasSource: boolean;
}

export async function startStory(
  tx: Prisma.TransactionClient,
  article: LoneStoryArticle,
  salient: readonly WeightedKey[],
  entityNames: ReadonlyMap<string, string>,
  /** Its title and lead, and the document frequencies of its keys, for the label. */
  text: StoryText,
  df: ReadonlyMap<string, number>,
): Promise<string> {
  const candidates: LabelKey[] = [...salient]
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1))
    .map((k) => ({ key: k.key, articles: 1, weight: k.weight }));
  const keys = candidates.slice(0, LABEL_KEYS);
  const label = storyLabel({ keys: candidates, entityNames, articleCount: 1, texts: [text], df });
  const storyId = uuid7();
  await tx.$executeRaw`
    WITH story AS (
      INSERT INTO stories (id, label, keys, head_article_id, first_seen_at, last_seen_at,
                           article_count, outlet_count, family_count, updated_at)
      VALUES (${storyId}::uuid, ${label}, ${JSON.stringify(keys)}::jsonb,
              ${article.id}::uuid, ${article.instant}, ${article.instant}, 1, ${article.hasSource ? 1 : 0}, 1, now())
    )
    UPDATE articles SET story_id = ${storyId}::uuid, story_hash = ${article.contentHash}
    WHERE id = ${article.id}::uuid`;
  return storyId;
}
