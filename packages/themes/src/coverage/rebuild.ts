// Recomputing every aggregate from the articles and hits themselves. The incremental upkeep is
// the fast path; this is the ground truth (used by `tidemark coverage rebuild` and by tests that
// check the two agree).
import { type Db, Prisma } from "@tidemark/db";
import { articleInstant } from "../sql/article-fragments.ts";
import { ALL_SOURCES, COUNTED_STATUSES } from "./keys.ts";

/** What a counted article contributes, as coverageKeyOf (keys.ts) computes it. */
const countedBasis = Prisma.sql`(CASE WHEN a.published_at IS NOT NULL THEN 'published' ELSE 'fetched' END)::"DateBasis"`;
const countedHour = Prisma.sql`date_trunc('hour', ${articleInstant}, 'UTC')`;

export async function rebuildCoverage(db: Db): Promise<void> {
  const statuses = [...COUNTED_STATUSES];
  await db.$transaction(
    async (tx) => {
      // Block writers for the duration so the rebuild is a consistent snapshot. Locks are taken
      // in the writers' own order, articles before aggregates (a writer locks its article row,
      // then upserts aggregates): taking the aggregates first would deadlock with a writer that
      // holds an article row this rebuild must update. EXCLUSIVE still lets readers through.
      await tx.$executeRaw`LOCK TABLE articles IN EXCLUSIVE MODE`;
      await tx.$executeRaw`LOCK TABLE coverage_hourly, theme_coverage_hourly IN EXCLUSIVE MODE`;
      await tx.$executeRaw`DELETE FROM coverage_hourly`;
      await tx.$executeRaw`DELETE FROM theme_coverage_hourly`;
      // Only rows whose recorded contribution is wrong are rewritten: normally none are, and
      // rewriting every article would bloat the table for nothing.
      await tx.$executeRaw`
        UPDATE articles a SET counted_basis = ${countedBasis}, counted_hour = ${countedHour}, counted_source_id = a.source_id
        WHERE a.status::text = ANY(${statuses}) AND a.duplicate_of_id IS NULL
          AND (a.counted_basis, a.counted_hour, a.counted_source_id)
              IS DISTINCT FROM (${countedBasis}, ${countedHour}, a.source_id)`;
      await tx.$executeRaw`
        UPDATE articles SET counted_basis = NULL, counted_hour = NULL, counted_source_id = NULL
        WHERE NOT (status::text = ANY(${statuses}) AND duplicate_of_id IS NULL)
          AND (counted_basis, counted_hour, counted_source_id) IS DISTINCT FROM (NULL, NULL, NULL)`;
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
