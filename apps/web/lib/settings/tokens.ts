// A user's API tokens as the dashboard lists them: name, prefix, created, last used, revoked.
import type { Db } from "@tidemark/db";

export async function listTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export type TokenRow = Awaited<ReturnType<typeof listTokens>>[number];

/** Revokes a token of this user; false when it does not exist, is not theirs, or is revoked. */
export async function revokeToken(db: Db, userId: string, id: string): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}
