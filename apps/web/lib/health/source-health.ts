// Per-source health over a recent window: how many articles were added, how many extracted, how
// many failed and why (the last error, and failures by code: 403, robots, not HTML, empty
// extraction …). Failed articles have no source row yet (it is resolved on success), so they
// are grouped by their URL's host, the same key sources use.
import type { Db } from "@tidemark/db";

export interface SourceHealth {
  /** The source key (host for web articles); failed articles are grouped by their URL's host. */
  source: string;
  /** The outlet's name when known ("Fixture Gazette"), for display. */
  name: string | null;
  sourceId: string | null;
  total: number;
  succeeded: number;
  failed: number;
  gone: number;
  pending: number;
  /** succeeded / (succeeded + failed + gone); null when nothing has finished. */
  successRate: number | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  lastErrorAt: Date | null;
  failuresByCode: { code: string; count: number }[];
}

type Row = Omit<SourceHealth, "successRate" | "failuresByCode">;

export async function sourceHealth(db: Db, days: number, limit = 100): Promise<SourceHealth[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH recent AS (
      SELECT coalesce(s.key, regexp_replace(substring(a.normalized_url from '^[a-z]+://([^/:?#]+)'), '^www\\.', ''), '(file, no outlet)') AS source,
             a.source_id, s.name, a.status, a.failure_code, a.failure_message, a.updated_at
      FROM articles a LEFT JOIN sources s ON s.id = a.source_id
      WHERE a.created_at >= now() - make_interval(days => ${days}::int)
    )
    SELECT source, (array_agg(source_id) FILTER (WHERE source_id IS NOT NULL))[1] AS "sourceId",
           (array_agg(name) FILTER (WHERE name IS NOT NULL))[1] AS name,
           count(*)::int AS total,
           count(*) FILTER (WHERE status IN ('extracted', 'duplicate'))::int AS succeeded,
           count(*) FILTER (WHERE status = 'failed')::int AS failed,
           count(*) FILTER (WHERE status = 'gone')::int AS gone,
           count(*) FILTER (WHERE status IN ('queued', 'fetching'))::int AS pending,
           (array_agg(failure_code ORDER BY updated_at DESC) FILTER (WHERE status IN ('failed', 'gone')))[1] AS "lastErrorCode",
           (array_agg(failure_message ORDER BY updated_at DESC) FILTER (WHERE status IN ('failed', 'gone')))[1] AS "lastErrorMessage",
           max(updated_at) FILTER (WHERE status IN ('failed', 'gone')) AS "lastErrorAt"
    FROM recent GROUP BY source
    ORDER BY count(*) FILTER (WHERE status = 'failed') DESC, count(*) DESC, source
    LIMIT ${limit}::int`;
  const codes = await db.$queryRaw<{ source: string; code: string; count: number }[]>`
    SELECT coalesce(s.key, regexp_replace(substring(a.normalized_url from '^[a-z]+://([^/:?#]+)'), '^www\\.', ''), '(file, no outlet)') AS source,
           coalesce(a.failure_code, 'unknown') AS code, count(*)::int AS count
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
    WHERE a.created_at >= now() - make_interval(days => ${days}::int) AND a.status IN ('failed', 'gone')
    GROUP BY 1, 2 ORDER BY 3 DESC`;
  const bySource = new Map<string, { code: string; count: number }[]>();
  for (const c of codes)
    bySource.set(c.source, [...(bySource.get(c.source) ?? []), { code: c.code, count: c.count }]);
  return rows.map((r) => {
    const finished = r.succeeded + r.failed + r.gone;
    return {
      ...r,
      successRate: finished > 0 ? r.succeeded / finished : null,
      failuresByCode: bySource.get(r.source) ?? [],
    };
  });
}

/** Failures in the window by code, across all sources. */
export async function failuresByCode(db: Db, days: number) {
  return db.$queryRaw<{ code: string; count: number; example: string | null }[]>`
    SELECT coalesce(failure_code, 'unknown') AS code, count(*)::int AS count, (array_agg(failure_message))[1] AS example
    FROM articles
    WHERE status IN ('failed', 'gone') AND created_at >= now() - make_interval(days => ${days}::int)
    GROUP BY 1 ORDER BY 2 DESC`;
}
