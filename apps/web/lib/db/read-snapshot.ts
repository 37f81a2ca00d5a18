// Several reads that must agree: run them in one REPEATABLE READ, read-only transaction, so they
// all see the database as of the transaction's first query — no commit that lands in between (a
// backfill batch, an article being tagged) shows in some figures and not in others.
import { type Db, Prisma } from "@tidemark/db";

export interface SnapshotOptions {
  /** How long the reads may take together (ms). */
  timeoutMs?: number;
}

export async function readSnapshot<T>(
  db: Db,
  read: (snapshot: Db) => Promise<T>,
  { timeoutMs = 60_000 }: SnapshotOptions = {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      // The readers take a Db; the transaction client has every query method they use (model
      // delegates, $queryRaw). It lacks $transaction and $connect, which readers never call.
      return read(tx as unknown as Db);
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: timeoutMs, maxWait: 10_000 },
  );
}
