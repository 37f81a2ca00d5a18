// Adding or taking back contributions. Upserts with `articles + delta` are atomic, so concurrent
// workers never lose an update; callers hold the articles' row locks, so the same article is never
// counted twice. Rows are upserted in key order, so two writers touching overlapping aggregate
// rows take their locks in the same order and cannot deadlock.
import type { Prisma } from "@tidemark/db";
import { ALL_SOURCES, type CoverageKey, sourceKeysOf } from "./keys.ts";

type Tx = Prisma.TransactionClient;

/** One article's +1 or −1 for one theme version, at the article's counted key. */
export interface ThemeDelta {
  versionId: string;
  key: CoverageKey;
  delta: number;
}

export async function applyArticleDelta(tx: Tx, key: CoverageKey, delta: 1 | -1): Promise<void> {
  const keys = sourceKeysOf(key);
  await tx.$executeRaw`
    INSERT INTO coverage_hourly (basis, source_key, hour, articles)
    SELECT ${key.basis}::"DateBasis", k, ${key.hour}, ${delta}::int FROM unnest(${keys}::uuid[]) AS k
    ORDER BY k
    ON CONFLICT (basis, source_key, hour)
    DO UPDATE SET articles = coverage_hourly.articles + EXCLUDED.articles`;
}

/** Every delta at its key's all-sources row and its source's row, summed per aggregate row. */
export async function applyThemeDeltas(tx: Tx, deltas: readonly ThemeDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO theme_coverage_hourly (theme_version_id, basis, source_key, hour, articles)
    SELECT v, b::"DateBasis", k, h, sum(d)::int
    FROM unnest(${deltas.map((d) => d.versionId)}::uuid[], ${deltas.map((d) => d.key.basis)}::text[],
                ${deltas.map((d) => d.key.hour)}::timestamptz[], ${deltas.map((d) => d.key.sourceId)}::uuid[],
                ${deltas.map((d) => d.delta)}::int[]) AS x(v, b, h, s, d)
    CROSS JOIN LATERAL unnest(ARRAY[${ALL_SOURCES}::uuid, s]) AS k
    WHERE k IS NOT NULL
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (theme_version_id, basis, source_key, hour)
    DO UPDATE SET articles = theme_coverage_hourly.articles + EXCLUDED.articles`;
}

/** One article's contribution for several versions at once. */
export async function applyThemeDelta(
  tx: Tx,
  key: CoverageKey,
  versionIds: readonly string[],
  delta: 1 | -1,
): Promise<void> {
  await applyThemeDeltas(
    tx,
    versionIds.map((versionId) => ({ versionId, key, delta })),
  );
}
