// URLs found by polling a feed or crawling a sitemap. They go through the same intake as URLs a
// user pastes (normalization, dedupe against everything already stored), carrying what the feed
// said about them as hints: the item's title and date fill in when the page itself has none.
import type { Db } from "@tidemark/db";
import { normalizeUrl } from "@tidemark/ingest/url";
import type { Producer } from "@tidemark/queue";
import { enqueueIngest } from "./enqueue.ts";
import { compactHints, isoDateHint } from "./hints.ts";
import { type ArticleCandidate, registerArticles } from "./register-articles.ts";
import type { SubmitResult } from "./submit-urls.ts";

export interface DiscoveredUrl {
  url: string;
  title?: string | null;
  publishedAt?: string | null;
}

export async function submitDiscoveredUrls(
  db: Db,
  producer: Producer,
  items: readonly DiscoveredUrl[],
  intake: "feed" | "sitemap",
): Promise<SubmitResult> {
  const candidates: ArticleCandidate[] = [];
  for (const item of items) {
    const normalized = normalizeUrl(item.url);
    if (!normalized.ok) continue;
    const publishedAt = isoDateHint(item.publishedAt ?? undefined);
    const hints = compactHints({
      title: item.title?.trim() || null,
      publishedAt,
      ...(publishedAt ? { publishedAtSource: "feed" as const } : {}),
    });
    candidates.push({
      input: item.url,
      normalizedUrl: normalized.url,
      data: { intake, submittedUrl: item.url, ...(hints ? { intakeHints: hints } : {}) },
    });
  }
  const registration = await registerArticles(db, candidates);
  const queue = await enqueueIngest(producer, registration.createdIds, "intake");
  const outcomes = registration.outcomes.map((o) =>
    o.outcome === "created" ? { ...o, queued: queue.enqueued.has(o.articleId) } : o,
  );
  return queue.error ? { outcomes, queueWarning: queue.error } : { outcomes };
}
