// Recomputing every aggregate from the articles and hits themselves. The incremental upkeep is
// the fast path; this is the ground truth (used by `tidemark coverage rebuild` and by tests that
// check the two agree).
import type { Db } from "@tidemark/db";
import { ALL_SOURCES, COUNTED_STATUSES } from "./keys.ts";

export async function rebuildCoverage(db: Db): Promise<void> {
  const statuses = [...COUNTED_STATUSES];
  await db.$transaction(
    async (tx) => {
      // Block writers for the duration so the rebuild is a consistent snapshot.
      await tx.$executeRaw`LOCK TABLE coverage_hourly, theme_coverage_hourly IN EXCLUSIVE MODE`;
      await tx.$executeRaw`DELETE FROM coverage_hourly`;
      await tx.$executeRaw`DELETE FROM theme_coverage_hourly`;
      await tx.$executeRaw`
        UPDATE articles a SET
          counted_basis = CASE WHEN a.published_at IS NOT NULL THEN 'published' ELSE 'fetched' END::"DateBasis",
          counted_hour = date_trunc('hour', coalesce(a.published_at, a.fetched_at, a.created_at), 'UTC'),
          counted_source_id = a.source_id
        WHERE a.status::text = ANY(${statuses}) AND a.duplicate_of_id IS NULL`;
      await tx.$executeRaw`
        UPDATE articles SET counted_basis = NULL, counted_hour = NULL, counted_source_id = NULL
        WHERE NOT (status::text = ANY(${statuses}) AND duplicate_of_id IS NULL)`;
      await tx.$executeRaw`
        INSERT INTO coverage_hourly (basis, source_key, hour, articles)
        SELECT counted_basis, k, counted_hour, count(*)::int
        FROM articles CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, counted_source_id]) AS k
        WHERE counted_hour IS NOT NULL AND k IS NOT NULL
        GROUP BY 1, 2, 3`;
      await tx.$executeRaw`
        INSERT INTO theme_coverage_hourly (theme_version_id, basis, source_key, hour, articles)
        SELECT h.theme_version_id, a.counted_basis, k, a.counted_hour, count(*)::int
        FROM article_theme_hits h JOIN articles a ON a.id = h.article_id
        CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, a.counted_source_id]) AS k
        WHERE a.counted_hour IS NOT NULL AND k IS NOT NULL
        GROUP BY 1, 2, 3, 4`;
    },
    { timeout: 600_000 },
  );
}
