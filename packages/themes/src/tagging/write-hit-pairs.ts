// Writing theme hits for any set of (article, theme version) pairs, and moving the aggregates with
// them, in a fixed number of statements whatever the set's size: one article × all live versions
// (tagging) or one version × a batch of articles (backfill) alike. The articles' rows are locked
// in id order first, which serialises this with ingest and re-ingest of the same articles and
// cannot deadlock with another writer doing the same.
import type { DateBasis, Prisma } from "@tidemark/db";
import { applyThemeDeltas, type ThemeDelta } from "../coverage/apply-delta.ts";
import type { CoverageKey } from "../coverage/keys.ts";
import { pairChanges } from "../coverage/pairs.ts";
import type { MatchResult } from "../query/index.ts";
import { evidenceJson } from "./evidence-json.ts";

export interface HitPair {
  articleId: string;
  themeId: string;
  versionId: string;
  result: MatchResult | null;
}

export interface HitChanges {
  added: number;
  removed: number;
  kept: number;
}

interface LockedArticle {
  id: string;
  counted_hour: Date | null;
  counted_quarter: Date | null;
  counted_basis: DateBasis | null;
  counted_source_id: string | null;
}

const pairKey = (articleId: string, versionId: string) => `${articleId}/${versionId}`;

export interface WriteHitOptions {
  /**
   * The caller's transaction already holds every article's row lock (tagging one article does):
   * the rows and their hits are then read in one statement. Without the lock held they must not
   * be, since a statement's snapshot is taken before any wait for a lock (see lockArticleWithHits).
   */
  rowsLocked?: boolean;
}

export async function writeHitPairs(
  tx: Prisma.TransactionClient,
  pairs: readonly HitPair[],
  options: WriteHitOptions = {},
): Promise<HitChanges> {
  const changes: HitChanges = { added: 0, removed: 0, kept: 0 };
  if (pairs.length === 0) return changes;
  const articleIds = [...new Set(pairs.map((p) => p.articleId))];
  // Every hit of these articles, not only of these versions: the pair counts need each article's
  // whole hit set before and after.
  const { locked, existingRows } = options.rowsLocked
    ? await lockedWithHits(tx, articleIds)
    : await lockThenReadHits(tx, articleIds);
  const articles = new Map(locked.map((a) => [a.id, a]));
  const existing = new Set(existingRows.map((r) => pairKey(r.a, r.v)));

  const live = pairs.filter((p) => articles.has(p.articleId));
  const matched = live.filter((p): p is HitPair & { result: MatchResult } => p.result !== null);
  const removed = live.filter((p) => p.result === null && existing.has(pairKey(p.articleId, p.versionId)));
  if (matched.length) {
    await tx.$executeRaw`
      INSERT INTO article_theme_hits (article_id, theme_version_id, theme_id, score, mentions, title_mentions, evidence)
      SELECT a, v, t, s, m, tm, e::jsonb
      FROM unnest(${matched.map((p) => p.articleId)}::uuid[], ${matched.map((p) => p.versionId)}::uuid[],
                  ${matched.map((p) => p.themeId)}::uuid[], ${matched.map((p) => p.result.score)}::float8[],
                  ${matched.map((p) => p.result.mentions)}::int[], ${matched.map((p) => p.result.titleMentions)}::int[],
                  ${matched.map((p) => JSON.stringify(evidenceJson(p.result)))}::text[]) AS x(a, v, t, s, m, tm, e)
      ON CONFLICT (article_id, theme_version_id) DO UPDATE SET
        score = EXCLUDED.score, mentions = EXCLUDED.mentions, title_mentions = EXCLUDED.title_mentions,
        evidence = EXCLUDED.evidence`;
  }
  if (removed.length) {
    await tx.$executeRaw`
      DELETE FROM article_theme_hits h
      USING unnest(${removed.map((p) => p.articleId)}::uuid[], ${removed.map((p) => p.versionId)}::uuid[]) AS x(a, v)
      WHERE h.article_id = x.a AND h.theme_version_id = x.v`;
  }
  const newlyMatched = matched.filter((p) => !existing.has(pairKey(p.articleId, p.versionId)));
  await applyHitDeltas(
    tx,
    [...newlyMatched.map((p) => ({ pair: p, delta: 1 })), ...removed.map((p) => ({ pair: p, delta: -1 }))],
    articles,
    existingRows,
  );
  changes.added = newlyMatched.length;
  changes.removed = removed.length;
  changes.kept = matched.length - newlyMatched.length;
  return changes;
}

/**
 * +1/-1 per hit at its article's counted key (uncounted articles add nothing), and the change of
 * each article's version pairs from its hit set before to after.
 */
async function applyHitDeltas(
  tx: Prisma.TransactionClient,
  deltas: { pair: HitPair; delta: number }[],
  articles: Map<string, LockedArticle>,
  existingRows: readonly { a: string; v: string }[],
): Promise<void> {
  const themeDeltas: ThemeDelta[] = [];
  const keys = new Map<string, CoverageKey>();
  for (const { pair, delta } of deltas) {
    const a = articles.get(pair.articleId);
    if (!a?.counted_hour || !a.counted_basis) continue;
    const key = {
      hour: a.counted_hour,
      quarter: a.counted_quarter ?? a.counted_hour,
      basis: a.counted_basis,
      sourceId: a.counted_source_id,
    };
    keys.set(pair.articleId, key);
    themeDeltas.push({ versionId: pair.versionId, key, delta });
  }
  const before = new Map<string, Set<string>>();
  for (const r of existingRows) {
    if (!keys.has(r.a)) continue;
    before.set(r.a, (before.get(r.a) ?? new Set()).add(r.v));
  }
  const after = new Map([...keys.keys()].map((id) => [id, new Set(before.get(id))]));
  for (const { pair, delta } of deltas) {
    const set = after.get(pair.articleId);
    if (!set) continue;
    if (delta > 0) set.add(pair.versionId);
    else set.delete(pair.versionId);
  }
  const pairDeltas = [...keys].flatMap(([id, key]) =>
    pairChanges(before.get(id) ?? [], after.get(id) ?? [], key),
  );
  await applyThemeDeltas(tx, themeDeltas, pairDeltas);
}

interface LockedWithHits {
  locked: LockedArticle[];
  existingRows: { a: string; v: string }[];
}

async function lockThenReadHits(tx: Prisma.TransactionClient, articleIds: string[]): Promise<LockedWithHits> {
  const locked = await tx.$queryRaw<LockedArticle[]>`
    SELECT id, counted_hour, counted_quarter, counted_basis, counted_source_id FROM articles
    WHERE id = ANY(${articleIds}::uuid[]) ORDER BY id FOR UPDATE`;
  const existingRows = await tx.$queryRaw<{ a: string; v: string }[]>`
    SELECT article_id AS a, theme_version_id AS v FROM article_theme_hits
    WHERE article_id = ANY(${articleIds}::uuid[])`;
  return { locked, existingRows };
}

async function lockedWithHits(tx: Prisma.TransactionClient, articleIds: string[]): Promise<LockedWithHits> {
  const rows = await tx.$queryRaw<(LockedArticle & { hit_versions: string[] })[]>`
    SELECT a.id, a.counted_hour, a.counted_quarter, a.counted_basis, a.counted_source_id,
           ARRAY(SELECT h.theme_version_id::text FROM article_theme_hits h WHERE h.article_id = a.id) AS hit_versions
    FROM articles a WHERE a.id = ANY(${articleIds}::uuid[]) ORDER BY a.id FOR UPDATE`;
  return {
    locked: rows,
    existingRows: rows.flatMap((r) => r.hit_versions.map((v) => ({ a: r.id, v }))),
  };
}
