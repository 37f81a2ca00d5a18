// `tidemark stories rebuild`: forget every family, story and signature, then group every
// tagged article again in time order (so heads and key frequencies grow as they did). Articles
// whose tagging is still pending are left to their tag job, which wakes grouping after it.
import type { Db } from "@tidemark/db";
import { groupArticle } from "./group-article.ts";
import { instantOf } from "./instant.ts";
import { STORY_DEFAULTS, type StoryOptions } from "./options.ts";

export interface RebuildProgress {
  total: number;
  done: number;
  grouped: number;
  skipped: number;
}

export async function rebuildGrouping(
  db: Db,
  onProgress: (p: RebuildProgress) => void = () => {},
  options: StoryOptions = STORY_DEFAULTS,
): Promise<RebuildProgress> {
  await db.$transaction(
    async (tx) => {
      // Article rows first (the lock order everywhere), then the grouping tables.
      await tx.$executeRaw`UPDATE articles SET family_id = NULL, story_id = NULL, signed_hash = NULL, story_hash = NULL
        WHERE family_id IS NOT NULL OR story_id IS NOT NULL OR signed_hash IS NOT NULL OR story_hash IS NOT NULL`;
      await tx.$executeRaw`TRUNCATE article_minhash_bands, article_minhash, article_story_keys, story_term_df`;
      await tx.$executeRaw`DELETE FROM stories`;
      await tx.$executeRaw`DELETE FROM text_families`;
    },
    { timeout: 600_000 },
  );
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id::text FROM articles a
    WHERE a.content_hash IS NOT NULL AND a.status IN ('extracted', 'gone')
    ORDER BY ${instantOf("a")}, a.id`;
  const progress: RebuildProgress = { total: ids.length, done: 0, grouped: 0, skipped: 0 };
  onProgress(progress);
  for (const { id } of ids) {
    const result = await groupArticle(db, id, options);
    progress.done += 1;
    if (result.outcome === "grouped") progress.grouped += 1;
    else progress.skipped += 1;
    if (progress.done % 200 === 0 || progress.done === progress.total) onProgress(progress);
  }
  return progress;
}
