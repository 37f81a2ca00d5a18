// Putting an article into a story, inside the caller's transaction (which holds the article's row
// lock and has linked its text family). A copy joins the story of its family; otherwise the
// article joins the story of the nearby article (within the window) whose salient keys its text
// covers best, if that coverage reaches the threshold with enough keys shared; otherwise it
// starts a story. Lock order after the family rows: key frequency rows (ascending), then story
// rows (by id).
import type { Prisma } from "@tidemark/db";
import { instantOf } from "../instant.ts";
import type { StoryOptions } from "../options.ts";
import { articleEntities } from "./article-entities-query.ts";
import { candidateArticles } from "./candidate-articles-query.ts";
import { countKeys } from "./document-frequency-query.ts";
import { refreshStory } from "./refresh-story.ts";
import { startStory } from "./start-story.ts";
import { storeStoryKeys } from "./store-story-keys.ts";
import { salientKeys, storyTermSet, weighKeys } from "./story-terms.ts";

export interface StoryArticle {
  id: string;
  title: string | null;
  text: string | null;
  contentHash: string;
  instant: Date;
  familyId: string | null;
  storyId: string | null;
  /** Never grouped before: its keys are counted into the document frequencies now. */
  firstTime: boolean;
  /** Whether it has an outlet (a story counts its distinct outlets). */
  hasSource: boolean;
  /** Its family has no other member, so no copy's story can be its own. */
  familyAlone: boolean;
}

export interface StoryLink {
  storyId: string;
  /** How it was chosen: its family's story, a matching article's, its own previous, or new. */
  via: "family" | "match" | "kept" | "new";
  matchedArticleId: string | null;
  score: number | null;
}

/** Keys in more than this share of documents are too common to look stories up by. */
const LOOKUP_MAX_SHARE = 0.02;

/** The story of the nearest copy of the same text within the window (a reprint months later is news again). */
async function familyStory(
  tx: Prisma.TransactionClient,
  article: StoryArticle,
  from: Date,
  to: Date,
): Promise<string | null> {
  if (!article.familyId || article.familyAlone) return null;
  const [row] = await tx.$queryRaw<{ story_id: string }[]>`
    SELECT a.story_id::text FROM articles a
    WHERE a.family_id = ${article.familyId}::uuid AND a.id <> ${article.id}::uuid AND a.story_id IS NOT NULL
      AND ${instantOf("a")} BETWEEN ${from} AND ${to}
    ORDER BY abs(extract(epoch FROM ${instantOf("a")} - ${article.instant}::timestamptz)), a.id LIMIT 1`;
  return row?.story_id ?? null;
}

export async function assignStory(
  tx: Prisma.TransactionClient,
  article: StoryArticle,
  options: StoryOptions,
): Promise<StoryLink> {
  const entities = await articleEntities(tx, article.id);
  const set = storyTermSet(
    article.title,
    article.text,
    entities.map((e) => e.slug),
    options.leadChars,
  );
  const { df, documents } = await countKeys(tx, article.id, set.keys, article.firstTime);
  const weighted = weighKeys(set, df, documents);
  const lookup = weighted
    .filter((k) => documents < 200 || (df.get(k.key) ?? 0) <= Math.max(3, documents * LOOKUP_MAX_SHARE))
    .map((k) => k.key);

  let link: StoryLink | null = null;
  const windowMs = options.windowHours * 3_600_000;
  const from = new Date(article.instant.getTime() - windowMs);
  const to = new Date(article.instant.getTime() + windowMs);
  const sibling = await familyStory(tx, article, from, to);
  if (sibling) link = { storyId: sibling, via: "family", matchedArticleId: null, score: null };
  if (!link) {
    const [best] = await candidateArticles(tx, article.id, lookup, from, to, options.minShared);
    if (best && best.score >= options.threshold)
      link = { storyId: best.storyId, via: "match", matchedArticleId: best.articleId, score: best.score };
  }
  const previous = article.storyId;
  if (!link && previous) {
    const [others] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM articles WHERE story_id = ${previous}::uuid AND id <> ${article.id}::uuid`;
    if ((others?.n ?? 0) === 0)
      link = { storyId: previous, via: "kept", matchedArticleId: null, score: null };
  }
  const salient = salientKeys(weighted, options.maxTerms);
  await storeStoryKeys(tx, article.id, article.instant, salient);
  if (!link) {
    // A story of its own: created whole, so only a story it leaves needs recounting.
    const storyId = await startStory(
      tx,
      article,
      salient,
      new Map(entities.map((e) => [e.slug, e.name])),
      { title: article.title, lead: article.text?.slice(0, options.leadChars) ?? null },
      df,
    );
    if (previous) {
      await tx.$queryRaw`SELECT id FROM stories WHERE id = ${previous}::uuid FOR UPDATE`;
      await refreshStory(tx, previous);
    }
    return { storyId, via: "new", matchedArticleId: null, score: null };
  }

  const touched = [...new Set([link.storyId, previous].filter((id): id is string => id !== null))].sort();
  await tx.$queryRaw`SELECT id FROM stories WHERE id = ANY(${touched}::uuid[]) ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`UPDATE articles SET story_id = ${link.storyId}::uuid, story_hash = ${article.contentHash}
    WHERE id = ${article.id}::uuid`;
  for (const id of touched) await refreshStory(tx, id);
  return link;
}
