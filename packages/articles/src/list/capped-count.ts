// How many articles match, counted only up to a cap: "10,000+" is as useful to an analyst as an
// exact figure, and never costs a scan of a million rows on each page load.
import type { Db } from "@tidemark/db";
import { articleConditions, type ResolvedFilters, whereClause } from "./list-filters-sql.ts";

export const COUNT_CAP = 10_000;

/** Matching articles, counted up to the cap ("10,000+" when `capped`). */
export interface ArticleCount {
  count: number;
  capped: boolean;
}

export async function cappedArticleCount(
  db: Db,
  filters: ResolvedFilters,
  cap = COUNT_CAP,
): Promise<ArticleCount> {
  const where = whereClause(articleConditions(filters));
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM articles a WHERE ${where} LIMIT ${cap + 1}) t`;
  const n = rows[0]?.n ?? 0;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}
