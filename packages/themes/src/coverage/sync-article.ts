// Bringing the aggregates in line with an article after it changed (extracted, re-ingested with a
// new date or source, marked duplicate or gone). Takes back exactly what it added before, for the
// article, for every theme version it hits and every pair of them, then adds the new contribution.
import type { Prisma } from "@tidemark/db";
import { applyArticleDelta, applyArticleDeltas, applyThemeDelta, applyThemeDeltas } from "./apply-delta.ts";
import { type CoverageKey, coverageKeyOf, sameKey } from "./keys.ts";
import { lockArticle, lockArticles, lockArticleWithHits } from "./lock-article.ts";
import { pairDeltasOf } from "./pairs.ts";

type Tx = Prisma.TransactionClient;

/**
 * Callers change the article row earlier in the same transaction (every caller updates it first),
 * so its lock is already held and the hits read in the locking statement are current: no other
 * writer can have committed hits for it since. (A first lock taken here would read the hits with
 * the snapshot from before any wait for it.)
 */
export async function syncArticleCoverage(tx: Tx, articleId: string): Promise<void> {
  const locked = await lockArticleWithHits(tx, articleId);
  if (!locked) return;
  const next = coverageKeyOf(locked.row);
  if (sameKey(locked.counted, next)) return;
  const versions = locked.hitVersions;
  // Taking back and adding in one statement per table family (see applyArticleDeltas).
  const moves = [
    ...(locked.counted ? [{ key: locked.counted, delta: -1 }] : []),
    ...(next ? [{ key: next, delta: 1 }] : []),
  ];
  await applyArticleDeltas(tx, moves, { articleId, key: next });
  await applyThemeDeltas(
    tx,
    moves.flatMap((m) => versions.map((versionId) => ({ versionId, key: m.key, delta: m.delta }))),
    moves.flatMap((m) => pairDeltasOf(versions, m.key, m.delta)),
  );
}

/** Takes back an article's whole contribution (before deleting it). */
export async function uncountArticle(tx: Tx, articleId: string): Promise<void> {
  const locked = await lockArticle(tx, articleId);
  if (!locked?.counted) return;
  await applyArticleDelta(tx, locked.counted, -1);
  await applyThemeDelta(tx, locked.counted, await hitVersions(tx, articleId), -1);
  await setCounted(tx, articleId, null);
}

/**
 * The same for many articles in one go (a bulk delete): their rows locked in id order, one summed
 * upsert per aggregate table. Returns the ids that exist (locked).
 */
export async function uncountArticles(tx: Tx, articleIds: readonly string[]): Promise<string[]> {
  const locked = [...(await lockArticles(tx, articleIds)).values()];
  const counted = locked.flatMap((a) => (a.counted ? [{ id: a.id, key: a.counted }] : []));
  if (counted.length > 0) {
    await applyArticleDeltas(
      tx,
      counted.map((c) => ({ key: c.key, delta: -1 })),
    );
    const hits = await tx.$queryRaw<{ a: string; v: string }[]>`
      SELECT article_id AS a, theme_version_id AS v FROM article_theme_hits
      WHERE article_id = ANY(${counted.map((c) => c.id)}::uuid[])`;
    const keyOf = new Map(counted.map((c) => [c.id, c.key]));
    const versionsOf = new Map<string, string[]>();
    for (const h of hits) versionsOf.set(h.a, [...(versionsOf.get(h.a) ?? []), h.v]);
    await applyThemeDeltas(
      tx,
      hits.flatMap((h) => {
        const key = keyOf.get(h.a);
        return key ? [{ versionId: h.v, key, delta: -1 }] : [];
      }),
      [...versionsOf].flatMap(([id, versions]) => {
        const key = keyOf.get(id);
        return key ? pairDeltasOf(versions, key, -1) : [];
      }),
    );
    await tx.$executeRaw`
      UPDATE articles SET counted_hour = NULL, counted_quarter = NULL, counted_basis = NULL, counted_source_id = NULL
      WHERE id = ANY(${counted.map((c) => c.id)}::uuid[])`;
  }
  return locked.map((a) => a.id);
}

async function hitVersions(tx: Tx, articleId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ v: string }[]>`
    SELECT theme_version_id AS v FROM article_theme_hits WHERE article_id = ${articleId}::uuid`;
  return rows.map((r) => r.v);
}

async function setCounted(tx: Tx, articleId: string, key: CoverageKey | null): Promise<void> {
  await tx.$executeRaw`
    UPDATE articles SET counted_hour = ${key?.hour ?? null}, counted_quarter = ${key?.quarter ?? null},
           counted_basis = ${key?.basis ?? null}::"DateBasis",
           counted_source_id = ${key?.sourceId ?? null}::uuid
    WHERE id = ${articleId}::uuid`;
}
