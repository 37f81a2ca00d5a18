// The start of an ingest attempt, decided in one statement: the row is claimed only if Postgres
// still says an ingest is owed (first ingest not finished, or a re-fetch requested). A duplicate
// delivery, a stale wake-up or a job that outlived its request finds nothing owed and stops,
// without a read-then-write race with a concurrent request.
import type { Db } from "@tidemark/db";

export interface ClaimedArticle {
  id: string;
  status: "queued" | "fetching" | "extracted" | "failed" | "gone" | "duplicate";
  intake: "url" | "file";
  normalizedUrl: string;
  submittedContent: string | null;
  submittedFormat: string | null;
  intakeHints: unknown;
  contentHash: string | null;
  taggedHash: string | null;
  etag: string | null;
  lastModified: string | null;
  createdAt: Date;
  /** Database time the attempt began; requests made after it stay owed. */
  startedAt: Date;
}

interface Row {
  id: string;
  status: ClaimedArticle["status"];
  intake: ClaimedArticle["intake"];
  normalized_url: string;
  submitted_content: string | null;
  submitted_format: string | null;
  intake_hints: unknown;
  content_hash: string | null;
  tagged_hash: string | null;
  etag: string | null;
  last_modified: string | null;
  created_at: Date;
  started_at: Date;
}

/** Claims the attempt, or returns null when nothing is owed for this article (or it is gone). */
export async function beginAttempt(db: Db, articleId: string): Promise<ClaimedArticle | null> {
  const rows = await db.$queryRaw<Row[]>`
    UPDATE articles SET attempts = attempts + 1,
           status = CASE WHEN content_hash IS NULL AND status <> 'duplicate' THEN 'fetching'::"ArticleStatus" ELSE status END,
           updated_at = now()
    WHERE id = ${articleId}::uuid
      AND (status IN ('queued', 'fetching') OR refetch_requested_at IS NOT NULL)
    RETURNING id::text, status::text AS status, intake::text AS intake, normalized_url, submitted_content,
              submitted_format, intake_hints, content_hash, tagged_hash, etag, last_modified, created_at,
              now() AS started_at`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    intake: row.intake,
    normalizedUrl: row.normalized_url,
    submittedContent: row.submitted_content,
    submittedFormat: row.submitted_format,
    intakeHints: row.intake_hints,
    contentHash: row.content_hash,
    taggedHash: row.tagged_hash,
    etag: row.etag,
    lastModified: row.last_modified,
    createdAt: row.created_at,
    startedAt: row.started_at,
  };
}
