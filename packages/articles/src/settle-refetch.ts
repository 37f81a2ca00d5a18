// Clearing a re-fetch request once an attempt has answered it. A request made after the attempt
// began (or in the same millisecond: the column keeps milliseconds) is newer than what the attempt
// saw, so it stays (its own follow-up job will run); at worst that costs one extra re-fetch.
import type { Prisma } from "@tidemark/db";

export async function settleRefetchRequest(
  tx: Prisma.TransactionClient,
  articleId: string,
  startedAt: Date,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE articles SET refetch_requested_at = NULL
    WHERE id = ${articleId}::uuid AND refetch_requested_at < ${startedAt}`;
}
