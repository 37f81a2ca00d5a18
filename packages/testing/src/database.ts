// Between tests: empty every application table (Formbricks-style truncate), keep the schema.
// A worker process of the previous test may still be finishing a job (grouping, quotes, metrics)
// when the next test truncates; Postgres may then pick the TRUNCATE as a deadlock victim (40P01).
// Nothing was truncated in that case, so it is simply tried again.
import type { Db } from "@tidemark/db";

const ATTEMPTS = 5;

function isDeadlock(error: unknown): boolean {
  return error instanceof Error && /40P01|deadlock detected/.test(error.message);
}

export async function truncateAllTables(db: Db): Promise<void> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  const list = rows.map((r) => `"${r.tablename.replaceAll('"', '""')}"`).join(", ");
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
      return;
    } catch (error) {
      if (!isDeadlock(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
