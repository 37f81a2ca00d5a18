// A schedule's run history with what each run brought: the counts the run recorded, plus — for
// feeds and sitemaps — how many of the articles it added are fetched, still pending, or failed.
// One grouped query over the run's own links (indexed by run), never a scan of all articles.
import type { Db, ScheduleRun } from "@tidemark/db";

export interface RunOutcome {
  /** Articles the run created. */
  added: number;
  /** Of those, fetched and extracted (or gone later). */
  fetched: number;
  /** Of those, still queued or being fetched. */
  pending: number;
  /** Of those, failed to fetch or extract. */
  failed: number;
}

export interface RunWithOutcome extends ScheduleRun {
  outcome: RunOutcome | null;
}

export async function runHistory(db: Db, scheduleId: string, limit = 50): Promise<RunWithOutcome[]> {
  const runs = await db.scheduleRun.findMany({
    where: { scheduleId },
    orderBy: { startedAt: "desc" },
    take: limit,
  });
  if (runs.length === 0) return [];
  const rows = await db.$queryRaw<
    { run_id: string; added: number; fetched: number; pending: number; failed: number }[]
  >`
    SELECT l.run_id::text AS run_id,
           count(*)::int AS added,
           count(*) FILTER (WHERE a.status IN ('extracted', 'gone', 'duplicate'))::int AS fetched,
           count(*) FILTER (WHERE a.status IN ('queued', 'fetching'))::int AS pending,
           count(*) FILTER (WHERE a.status = 'failed')::int AS failed
    FROM schedule_articles l JOIN articles a ON a.id = l.article_id
    WHERE l.run_id = ANY(CAST(${runs.map((r) => r.id)} AS uuid[])) AND l.is_new
    GROUP BY l.run_id`;
  const byRun = new Map(rows.map((r) => [r.run_id, r]));
  return runs.map((run) => {
    const row = byRun.get(run.id);
    return {
      ...run,
      outcome: row
        ? { added: row.added, fetched: row.fetched, pending: row.pending, failed: row.failed }
        : null,
    };
  });
}
