// Grouping one article after tagging: its text family (near-duplicate copies), then its story.
// One transaction under the article's row lock, recorded by `story_hash = content_hash`, so a
// retry or a duplicate job changes nothing and a lost job is found again (pendingGroupingPage).
// Lock order: the article row, band keys, family rows, key frequency rows, story rows.
import type { Db } from "@tidemark/db";
import { type FamilyLink, linkFamily } from "./families/link-family.ts";
import { instantOf } from "./instant.ts";
import { STORY_DEFAULTS, type StoryOptions } from "./options.ts";
import { assignStory, type StoryLink } from "./stories/assign-story.ts";

export type GroupOutcome =
  | { outcome: "grouped"; family: FamilyLink | { familyId: string; kept: true }; story: StoryLink }
  | { outcome: "unchanged" | "not_ready" | "missing"; why: string };

interface LockedArticle {
  id: string;
  status: string;
  title: string | null;
  text: string | null;
  content_hash: string | null;
  tagged_hash: string | null;
  signed_hash: string | null;
  story_hash: string | null;
  family_id: string | null;
  story_id: string | null;
  has_source: boolean;
  instant: Date;
}

export async function groupArticle(
  db: Db,
  articleId: string,
  options: StoryOptions = STORY_DEFAULTS,
): Promise<GroupOutcome> {
  return db.$transaction(
    async (tx) => {
      const [a] = await tx.$queryRaw<LockedArticle[]>`
        SELECT a.id::text, a.status::text, a.title, a.text, a.content_hash, a.tagged_hash, a.signed_hash,
               a.story_hash, a.family_id::text, a.story_id::text, a.source_id IS NOT NULL AS has_source,
               ${instantOf("a")} AS instant
        FROM articles a WHERE a.id = ${articleId}::uuid FOR UPDATE`;
      if (!a) return { outcome: "missing", why: "article no longer exists" };
      const hash = a.content_hash;
      if (!hash || (a.status !== "extracted" && a.status !== "gone"))
        return { outcome: "not_ready", why: `article is ${a.status} without text to group` };
      if (a.tagged_hash !== hash)
        return { outcome: "not_ready", why: "tagging has not seen this text yet (its job wakes grouping)" };
      if (a.story_hash === hash) return { outcome: "unchanged", why: "already grouped for this text" };

      const family =
        a.signed_hash === hash && a.family_id
          ? { familyId: a.family_id, kept: true as const }
          : await linkFamily(tx, {
              id: a.id,
              text: a.text,
              contentHash: hash,
              instant: a.instant,
              familyId: a.family_id,
            });
      const story = await assignStory(
        tx,
        {
          id: a.id,
          title: a.title,
          text: a.text,
          contentHash: hash,
          instant: a.instant,
          familyId: family.familyId,
          storyId: a.story_id,
          firstTime: a.story_hash === null,
          hasSource: a.has_source,
          familyAlone: "matchedArticleId" in family && family.matchedArticleId === null,
        },
        options,
      );
      return { outcome: "grouped", family, story };
    },
    { timeout: 60_000 },
  );
}
