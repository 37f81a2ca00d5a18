// Adding or taking back one article's contribution. Upserts with `articles + delta` are atomic,
// so concurrent workers never lose an update; callers hold the article's row lock, so the same
// article is never counted twice.
import type { Prisma } from "@tidemark/db";
import { type CoverageKey, sourceKeysOf } from "./keys.ts";

type Tx = Prisma.TransactionClient;

export async function applyArticleDelta(tx: Tx, key: CoverageKey, delta: 1 | -1): Promise<void> {
  const keys = sourceKeysOf(key);
  await tx.$executeRaw`
    INSERT INTO coverage_hourly (basis, source_key, hour, articles)
    SELECT ${key.basis}::"DateBasis", k, ${key.hour}, ${delta}::int FROM unnest(${keys}::uuid[]) AS k
    ON CONFLICT (basis, source_key, hour)
    DO UPDATE SET articles = coverage_hourly.articles + EXCLUDED.articles`;
}

export async function applyThemeDelta(
  tx: Tx,
  key: CoverageKey,
  versionIds: readonly string[],
  delta: 1 | -1,
): Promise<void> {
  if (versionIds.length === 0) return;
  const keys = sourceKeysOf(key);
  await tx.$executeRaw`
    INSERT INTO theme_coverage_hourly (theme_version_id, basis, source_key, hour, articles)
    SELECT v, ${key.basis}::"DateBasis", k, ${key.hour}, ${delta}::int
    FROM unnest(${[...versionIds]}::uuid[]) AS v CROSS JOIN unnest(${keys}::uuid[]) AS k
    ON CONFLICT (theme_version_id, basis, source_key, hour)
    DO UPDATE SET articles = theme_coverage_hourly.articles + EXCLUDED.articles`;
}
