// API tokens as the dashboard lists them: name, prefix, scope, expiry, created, last used, revoked.
import type { Db } from "@tidemark/db";

export async function listTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      expiresAt: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}

export type TokenRow = Awaited<ReturnType<typeof listTokens>>[number];

/**
 * Revokes a token; with `ownerId`, only if it belongs to that user. False when it does not
 * exist, is not theirs, or is already revoked.
 */
export async function revokeToken(db: Db, ownerId: string | undefined, id: string): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({
    where: { id, revokedAt: null, ...(ownerId ? { userId: ownerId } : {}) },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

/** Revokes every active token of a user (after a password change, or when asked). */
export async function revokeAllTokens(db: Db, userId: string): Promise<number> {
  const { count } = await db.apiToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
