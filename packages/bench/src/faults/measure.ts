// What a fault did, read from Postgres after the run settles, and recounted independently:
// every theme's hits are recomputed in-process from the stored text and compared with the stored
// hits, and the coverage aggregates are compared with a count of the articles they stand for.
import type { Db } from "@tidemark/db";
import { type Producer, QUEUES } from "@tidemark/queue";
import { ALL_SOURCES } from "@tidemark/themes/coverage";
import { prepareDocument } from "@tidemark/themes/query";
import { compiledVersion } from "@tidemark/themes/tagging";

export interface Progress {
  registered: number;
  final: number;
  owedIngest: number;
  owedTagging: number;
  owedBackfills: number;
}

export async function progress(db: Db): Promise<Progress> {
  const [row] = await db.$queryRaw<
    { registered: number; final: number; owed_ingest: number; owed_tagging: number; owed_backfills: number }[]
  >`
    SELECT count(*)::int AS registered,
           count(*) FILTER (WHERE status NOT IN ('queued', 'fetching') AND refetch_requested_at IS NULL)::int AS final,
           count(*) FILTER (WHERE status IN ('queued', 'fetching') OR refetch_requested_at IS NOT NULL)::int AS owed_ingest,
           count(*) FILTER (WHERE status = 'extracted' AND tagged_hash IS DISTINCT FROM content_hash)::int AS owed_tagging,
           (SELECT count(*)::int FROM theme_backfills WHERE status IN ('queued', 'running')) AS owed_backfills
    FROM articles`;
  return {
    registered: row?.registered ?? 0,
    final: row?.final ?? 0,
    owedIngest: row?.owed_ingest ?? 0,
    owedTagging: row?.owed_tagging ?? 0,
    owedBackfills: row?.owed_backfills ?? 0,
  };
}

export const settled = (p: Progress, submitted: number) =>
  p.registered === submitted && p.owedIngest === 0 && p.owedTagging === 0 && p.owedBackfills === 0;

export interface Outcome {
  submitted: number;
  final: number;
  lost: number;
  duplicated: number;
  /** Work still owed after the settle time (not final, not tagged, backfill unfinished). */
  stuck: number;
  /** Of that, work with no live job in Redis: stranded, nothing would ever finish it. */
  stranded: number;
  failed: number;
  wrongHits: number;
  coverageMismatch: number;
}

export async function outcome(db: Db, producer: Producer, submitted: number): Promise<Outcome> {
  const p = await progress(db);
  const [counts] = await db.$queryRaw<{ failed: number; duplicated: number }[]>`
    SELECT (SELECT count(*)::int FROM articles WHERE status <> 'extracted') AS failed,
           (SELECT count(*)::int FROM (SELECT article_id FROM article_versions GROUP BY article_id HAVING count(*) > 1) d) AS duplicated`;
  return {
    submitted,
    final: p.final,
    lost: submitted - p.registered,
    duplicated: counts?.duplicated ?? 0,
    stuck: p.owedIngest + p.owedTagging + p.owedBackfills,
    stranded: await stranded(db, producer),
    failed: counts?.failed ?? 0,
    wrongHits: await wrongHits(db),
    coverageMismatch: await coverageMismatch(db),
  };
}

/** Owed work whose job Redis does not have: what the reconciler exists to find. */
async function stranded(db: Db, producer: Producer): Promise<number> {
  const ingest = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM articles WHERE status IN ('queued', 'fetching') OR refetch_requested_at IS NOT NULL`;
  const tagging = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM articles WHERE status = 'extracted' AND tagged_hash IS DISTINCT FROM content_hash`;
  const backfills = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM theme_backfills WHERE status IN ('queued', 'running')`;
  const liveIngest = await producer.liveJobIds(
    QUEUES.ingest,
    ingest.map((r) => r.id),
  );
  const liveThemes = await producer.liveJobIds(
    QUEUES.themes,
    [...tagging, ...backfills].map((r) => r.id),
  );
  return (
    ingest.filter((r) => !liveIngest.has(r.id)).length +
    [...tagging, ...backfills].filter((r) => !liveThemes.has(r.id)).length
  );
}

/** Hits of each theme's series version that differ from a fresh evaluation of the stored text. */
async function wrongHits(db: Db): Promise<number> {
  const themes = await db.$queryRaw<{ version_id: string; definition: string }[]>`
    SELECT v.id::text AS version_id, v.definition FROM themes t JOIN theme_versions v ON v.id = t.series_version_id
    WHERE t.active`;
  const articles = await db.$queryRaw<{ id: string; title: string | null; text: string | null }[]>`
    SELECT id::text, title, text FROM articles WHERE status = 'extracted' AND duplicate_of_id IS NULL`;
  const stored = await db.$queryRaw<{ a: string; v: string }[]>`
    SELECT article_id::text AS a, theme_version_id::text AS v FROM article_theme_hits
    WHERE theme_version_id = ANY(${themes.map((t) => t.version_id)}::uuid[])`;
  const storedSet = new Set(stored.map((r) => `${r.a}/${r.v}`));
  let wrong = 0;
  const expected = new Set<string>();
  for (const article of articles) {
    const doc = prepareDocument({ title: article.title ?? "", text: article.text ?? "" });
    for (const theme of themes) {
      if (compiledVersion(theme.version_id, theme.definition).match(doc))
        expected.add(`${article.id}/${theme.version_id}`);
    }
  }
  for (const key of expected) if (!storedSet.has(key)) wrong += 1;
  for (const key of storedSet) if (!expected.has(key)) wrong += 1;
  return wrong;
}

/**
 * Aggregate cells (all-sources article counts, and theme counts of each series version) that
 * differ from a recount of the articles they stand for.
 */
async function coverageMismatch(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ cells: number }[]>`
    WITH counted AS (
      SELECT counted_basis AS basis, date_trunc('hour', counted_hour) AS hour, count(*)::int AS n
      FROM articles WHERE counted_hour IS NOT NULL GROUP BY 1, 2
    ), stored AS (
      SELECT basis, hour, articles AS n FROM coverage_hourly WHERE source_key = ${ALL_SOURCES}::uuid AND articles <> 0
    ), theme_counted AS (
      SELECT h.theme_version_id AS v, a.counted_basis AS basis, date_trunc('hour', a.counted_hour) AS hour, count(*)::int AS n
      FROM article_theme_hits h JOIN articles a ON a.id = h.article_id
      JOIN themes t ON t.series_version_id = h.theme_version_id
      WHERE a.counted_hour IS NOT NULL GROUP BY 1, 2, 3
    ), theme_stored AS (
      SELECT c.theme_version_id AS v, c.basis, c.hour, c.articles AS n FROM theme_coverage_hourly c
      JOIN themes t ON t.series_version_id = c.theme_version_id
      WHERE c.source_key = ${ALL_SOURCES}::uuid AND c.articles <> 0
    )
    SELECT ((SELECT count(*) FROM counted FULL JOIN stored USING (basis, hour) WHERE counted.n IS DISTINCT FROM stored.n)
          + (SELECT count(*) FROM theme_counted FULL JOIN theme_stored USING (v, basis, hour)
             WHERE theme_counted.n IS DISTINCT FROM theme_stored.n))::int AS cells`;
  return row?.cells ?? 0;
}
