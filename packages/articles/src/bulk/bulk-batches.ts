// What a bulk action works through: the articles matching a list's filters (a selection of ids is
// the `ids` filter), read in id order a batch at a time. Only one batch of ids is ever in memory,
// so "all results of this filter" works for a million articles as for ten; the keyset on id stays
// correct while the action changes or deletes the rows it has already passed.
import type { Db } from "@tidemark/db";
import { articleConditions, type ResolvedFilters, whereClause } from "../list/list-filters-sql.ts";

export const BULK_BATCH = 500;

const BEFORE_ALL = "00000000-0000-0000-0000-000000000000";

export async function* bulkBatches(
  db: Db,
  filters: ResolvedFilters,
  batchSize = BULK_BATCH,
): AsyncGenerator<string[]> {
  const where = whereClause(articleConditions(filters));
  let after = BEFORE_ALL;
  for (;;) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id::text AS id FROM articles a
      WHERE ${where} AND a.id > CAST(${after} AS uuid)
      ORDER BY a.id LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    if (rows.length < batchSize) return;
    after = rows.at(-1)?.id ?? after;
  }
}
