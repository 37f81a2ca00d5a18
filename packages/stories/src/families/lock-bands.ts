// Serialises writers of texts that share a band: each takes a transaction-level advisory lock on
// every band key, in ascending order (so two writers never wait on each other crosswise). A copy
// signed concurrently with its original therefore sees the original's committed bands.
import type { Prisma } from "@tidemark/db";

export async function lockBands(tx: Prisma.TransactionClient, sortedKeys: readonly bigint[]): Promise<void> {
  if (sortedKeys.length === 0) return;
  // unnest yields the array in order, and the function runs once per row in that order.
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(k))::int AS n FROM unnest(${[...sortedKeys]}::bigint[]) AS k`;
}
