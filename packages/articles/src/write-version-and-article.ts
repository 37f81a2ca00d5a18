// The heart of storing an extraction, in one statement (one round trip, where Prisma took four):
// read the latest version, add a version when the content changed, write the extraction onto the
// article row, and answer a re-fetch request the attempt has seen. Ingest spends most of its CPU
// in the database client, per statement, so statements per article are what bounds its rate
// (docs/benchmarks.md, "Where the worker's time goes").
import { type Prisma, uuid7 } from "@tidemark/db";
import { EXTRACTOR_VERSION } from "@tidemark/ingest/extract";
import type { ObtainedDocument } from "./document.ts";
import { PipelineError } from "./failure.ts";
import type { MergedArticle } from "./merge-hints.ts";
import { toStoredDate } from "./stored-date.ts";

export interface WrittenVersion {
  version: number;
  versionCreated: boolean;
}

interface Row {
  last_version: number | null;
  created_version: number | null;
  updated_rows: number;
}

/**
 * A re-fetch request made after the attempt began (or in the same millisecond: the column keeps
 * milliseconds) is newer than what the attempt saw, so it stays, as in settleRefetchRequest.
 * `updated_at` is set here because Prisma's `@updatedAt` is applied by the client.
 */
export async function writeVersionAndArticle(
  tx: Prisma.TransactionClient,
  article: { id: string; startedAt: Date },
  merged: MergedArticle,
  doc: ObtainedDocument,
  stored: { contentHash: string; canonical: string | null; sourceId: string | null },
): Promise<WrittenVersion> {
  const publishedAt = toStoredDate(merged.publishedAt);
  const publishedAtSource = publishedAt ? merged.publishedAtSource : "none";
  const publishedAtIsModified = publishedAt !== null && merged.publishedAtIsModified;
  const modifiedAt = toStoredDate(merged.modifiedAt);
  const modifiedAtSource = modifiedAt ? merged.modifiedAtSource : "none";
  const hash = stored.contentHash;
  const rows = await tx.$queryRaw<Row[]>`
    WITH last AS (
      SELECT version, content_hash FROM article_versions
      WHERE article_id = ${article.id}::uuid ORDER BY version DESC LIMIT 1
    ), added AS (
      INSERT INTO article_versions (id, article_id, version, content_hash, title, byline, published_at,
                                    published_at_source, text, word_count, extractor_version, fetched_at)
      SELECT ${uuid7()}::uuid, ${article.id}::uuid, coalesce((SELECT version FROM last), 0) + 1, ${hash},
             ${merged.title}, ${merged.byline}, ${publishedAt}, ${publishedAtSource}::"DateSource",
             ${merged.text}, ${merged.wordCount}, ${EXTRACTOR_VERSION}, ${doc.fetchedAt}
      WHERE NOT EXISTS (SELECT 1 FROM last WHERE content_hash = ${hash})
      RETURNING version
    ), updated AS (
      UPDATE articles SET
        status = 'extracted', failure_code = NULL, failure_message = NULL, duplicate_of_id = NULL,
        canonical_url = ${stored.canonical}, source_id = ${stored.sourceId}::uuid,
        title = ${merged.title}, byline = ${merged.byline}, authors = ${merged.authors}::text[],
        published_at = ${publishedAt}, published_at_source = ${publishedAtSource}::"DateSource",
        published_at_is_modified = ${publishedAtIsModified},
        modified_at = ${modifiedAt}, modified_at_source = ${modifiedAtSource}::"DateSource",
        language = ${merged.language}, site_name = ${merged.siteName}, lead_image_url = ${merged.leadImageUrl},
        text = ${merged.text}, word_count = ${merged.wordCount}, content_hash = ${hash},
        extractor_version = ${EXTRACTOR_VERSION}, http_status = ${doc.httpStatus},
        fetched_at = ${doc.fetchedAt}, last_checked_at = ${doc.fetchedAt},
        etag = ${doc.etag ?? null}, last_modified = ${doc.lastModified ?? null},
        refetch_requested_at = CASE WHEN refetch_requested_at < ${article.startedAt} THEN NULL
                                    ELSE refetch_requested_at END,
        updated_at = now()
      WHERE id = ${article.id}::uuid
      RETURNING 1
    )
    SELECT (SELECT version FROM last) AS last_version, (SELECT version FROM added) AS created_version,
           (SELECT count(*)::int FROM updated) AS updated_rows`;
  const row = rows[0];
  if (!row || row.updated_rows === 0)
    throw new PipelineError("article_deleted", "The article was deleted while it was being fetched.");
  const created = row.created_version;
  if (created !== null) return { version: created, versionCreated: true };
  return { version: row.last_version ?? 1, versionCreated: false };
}
