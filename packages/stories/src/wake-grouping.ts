// Waking grouping for articles Postgres records as grouping-owed (tagged, story_hash ≠
// content_hash). Dedupe id `group-<id>`: the themes queue also holds the article's tag job. If
// Redis refuses, the work stays owed in Postgres and the reconciler wakes it later.
import type { Producer } from "@tidemark/queue";

export interface GroupWakeReport {
  woken: Set<string>;
  error?: string;
}

export const groupDedupeId = (articleId: string) => `group-${articleId}`;

export async function wakeGrouping(
  producer: Producer,
  articleIds: readonly string[],
): Promise<GroupWakeReport> {
  const woken = new Set<string>();
  try {
    const added = await producer.enqueueMany(
      "groupArticle",
      articleIds.map((articleId) => ({ dedupeId: groupDedupeId(articleId), payload: { articleId } })),
    );
    for (const id of added) woken.add(id.slice("group-".length));
    return { woken };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { woken, error: `Could not reach the job queue (${message}); the reconciler will retry.` };
  }
}
