// API tokens for scripts and the CLI: "tm_" + random secret, shown once at creation. Each has a
// scope (read or write), an optional expiry, and an owner whose role bounds what it can do.

import { parseRole, parseScope, type TokenScope } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { randomToken, sha256 } from "./secrets";
import type { SessionUser } from "./session-user";

export const TOKEN_PREFIX = "tm_";

export interface NewToken {
  name: string;
  scope: TokenScope;
  expiresAt?: Date | null;
}

export async function createApiToken(userId: string, input: NewToken) {
  const token = `${TOKEN_PREFIX}${randomToken(30)}`;
  const row = await prisma.apiToken.create({
    data: {
      userId,
      name: input.name,
      scope: input.scope,
      expiresAt: input.expiresAt ?? null,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
    },
    select: { id: true, name: true, prefix: true, scope: true, expiresAt: true, createdAt: true },
  });
  return { ...row, token };
}

export interface TokenOwner {
  user: SessionUser;
  tokenId: string;
  scope: TokenScope;
}

export async function userForApiToken(token: string): Promise<TokenOwner | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, username: true, role: true } } },
  });
  if (!row || row.revokedAt) return null;
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    user: { ...row.user, role: parseRole(row.user.role) },
    tokenId: row.id,
    scope: parseScope(row.scope),
  };
}
