// The same rows as source-theme-query.ts, from the per-source aggregates instead of articles and
// hits: whole UTC days of the range from the daily roll-ups, the pieces of days cut by a local
// midnight from the quarter-hour rows (see series/segments.ts). Each source's rows are read by
// key (source first), so the cost follows sources × days, never the number of articles or hits.
import type { Db } from "@tidemark/db";
import { ALL_SOURCES } from "../coverage/keys.ts";
import type { RangeParams } from "../series/params.ts";
import type { Segments } from "../series/segments.ts";
import type { SourceThemeRow } from "./source-theme-query.ts";

export async function sourceThemeCountsFromAggregates(
  db: Db,
  p: Pick<RangeParams, "sourceIds">,
  range: { fromUtc: Date; toUtc: Date },
  segments: Segments,
  versionIds: readonly string[],
  limit: number,
): Promise<SourceThemeRow[]> {
  const versions = [...versionIds];
  const filtered = (p.sourceIds?.length ?? 0) > 0;
  const firstDay = range.fromUtc.toISOString().slice(0, 10);
  const lastDay = range.toUtc.toISOString().slice(0, 10);
  return db.$queryRaw<SourceThemeRow[]>`
    WITH d AS (
      SELECT DISTINCT day FROM unnest(${segments.days}::date[]) AS d(day)
    ), q AS (
      SELECT * FROM unnest(${segments.pieceLo}::timestamptz[], ${segments.pieceHi}::timestamptz[],
                           ${segments.pieceSigns}::int[]) AS q(lo, hi, sign)
    ), keys AS (
      SELECT ${ALL_SOURCES}::uuid AS k WHERE NOT ${filtered}
      UNION ALL
      SELECT s.id FROM sources s WHERE NOT ${filtered} OR s.id = ANY(${p.sourceIds ?? []}::uuid[])
    ), counts AS (
      SELECT keys.k, NULL::uuid AS version, x.n
      FROM keys CROSS JOIN LATERAL (
        SELECT coalesce(sum(c.articles), 0) AS n FROM coverage_daily c
        WHERE c.source_key = keys.k AND c.day >= ${firstDay}::date AND c.day <= ${lastDay}::date
          AND c.basis = 'published' AND c.day IN (SELECT day FROM d)
        UNION ALL
        SELECT coalesce(sum(q.sign * c.articles), 0) FROM q JOIN coverage_quarter c
          ON c.source_key = keys.k AND c.quarter >= q.lo AND c.quarter < q.hi AND c.basis = 'published'
      ) x
      UNION ALL
      SELECT keys.k, v.id, x.n
      FROM keys CROSS JOIN unnest(${versions}::uuid[]) AS v(id) CROSS JOIN LATERAL (
        SELECT coalesce(sum(t.articles), 0) AS n FROM theme_coverage_daily t
        WHERE t.theme_version_id = v.id AND t.source_key = keys.k
          AND t.day >= ${firstDay}::date AND t.day <= ${lastDay}::date
          AND t.basis = 'published' AND t.day IN (SELECT day FROM d)
        UNION ALL
        SELECT coalesce(sum(q.sign * t.articles), 0) FROM q JOIN theme_coverage_quarter t
          ON t.theme_version_id = v.id AND t.source_key = keys.k AND t.quarter >= q.lo AND t.quarter < q.hi
         AND t.basis = 'published'
      ) x
    ), totals AS (
      SELECT k, version, sum(n)::int AS n FROM counts GROUP BY 1, 2
    ), top AS (
      SELECT s.id AS source_id, s.key, s.name, s.domain, t.n AS articles
      FROM totals t JOIN sources s ON s.id = t.k
      WHERE t.version IS NULL AND t.n > 0
      ORDER BY t.n DESC, s.key COLLATE "C" LIMIT ${limit}::int
    )
    SELECT top.source_id, top.key AS source_key, top.name AS source_name, top.domain AS source_domain,
           top.articles, t.version, coalesce(t.n, 0)::int AS hits
    FROM top LEFT JOIN totals t ON t.k = top.source_id AND t.version IS NOT NULL AND t.n > 0
    UNION ALL
    SELECT NULL::uuid, NULL, NULL, NULL,
           (SELECT coalesce(sum(n), 0)::int FROM totals
            WHERE version IS NULL AND (k = ${ALL_SOURCES}::uuid) = NOT ${filtered}), NULL::uuid, 0
    UNION ALL
    SELECT NULL::uuid, NULL, NULL, NULL, 0, version, sum(n)::int FROM totals
    WHERE version IS NOT NULL AND (k = ${ALL_SOURCES}::uuid) = NOT ${filtered}
    GROUP BY version`;
}
