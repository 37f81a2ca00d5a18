// The article state machine, in one place. Every write of `articles.status` goes through the
// functions of this package, which keep to these transitions:
//
//   queued ──▶ fetching ──▶ extracted ──▶ (re-fetch) extracted | gone | duplicate
//     ▲           │  ╲──▶ duplicate
//     │           ├──▶ failed ──(retry)──▶ queued
//     └─(retry, attempt left)
//
// Orthogonal to the status, two markers say what is still owed (Postgres is the truth; Redis
// jobs are only wake-up calls):
//  - ingest owed:  status is `queued` or `fetching`, or `refetch_requested_at` is set;
//  - tagging owed: `content_hash` is set and `tagged_hash` differs from it ("tag-pending").
// The reconciler finds both and wakes a worker for each; see pending.ts.
import type { ArticleStatus } from "@tidemark/db";

export const ARTICLE_STATUSES = ["queued", "fetching", "extracted", "failed", "gone", "duplicate"] as const;

/** Statuses in which the first ingest has ended. */
export const FINAL_STATUSES: ReadonlySet<ArticleStatus> = new Set([
  "extracted",
  "failed",
  "gone",
  "duplicate",
]);

/** Statuses that mean the first ingest is still owed. */
export const INGEST_PENDING_STATUSES: readonly ArticleStatus[] = ["queued", "fetching"];

const ALLOWED: Record<ArticleStatus, readonly ArticleStatus[]> = {
  queued: ["fetching", "extracted", "duplicate", "failed", "queued"],
  fetching: ["fetching", "extracted", "duplicate", "failed", "queued"],
  extracted: ["extracted", "gone", "duplicate"],
  gone: ["gone", "extracted", "duplicate"],
  duplicate: ["duplicate", "extracted"],
  failed: ["queued", "failed", "extracted", "duplicate"],
};

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return ALLOWED[from].includes(to);
}
