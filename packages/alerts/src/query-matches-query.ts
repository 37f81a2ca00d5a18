// The matches a query spike counts: recorded once per (rule, article), counted per window of
// coverage hours, and pruned once older than any window a spike reads.
import type { Db } from "@tidemark/db";

export async function recordQueryMatches(
  db: Db,
  ruleId: string,
  matches: readonly { articleId: string; hour: Date }[],
): Promise<void> {
  if (matches.length === 0) return;
  await db.alertQueryMatch.createMany({
    data: matches.map((m) => ({ ruleId, articleId: m.articleId, hour: m.hour })),
    skipDuplicates: true,
  });
}

export async function queryMatchCount(db: Db, ruleId: string, from: Date, to: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM alert_query_matches
    WHERE rule_id = ${ruleId}::uuid AND hour >= ${from} AND hour < ${to}`;
  return row?.n ?? 0;
}

export async function pruneQueryMatches(db: Db, ruleId: string, before: Date): Promise<void> {
  await db.$executeRaw`DELETE FROM alert_query_matches WHERE rule_id = ${ruleId}::uuid AND hour < ${before}`;
}
