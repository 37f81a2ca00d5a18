// API tokens for scripts and the CLI: "tm_" + random secret, shown once at creation.
import { prisma } from "@tidemark/db";
import { randomToken, sha256 } from "./secrets";
import type { SessionUser } from "./sessions";

export const TOKEN_PREFIX = "tm_";

export async function createApiToken(userId: string, name: string) {
  const token = `${TOKEN_PREFIX}${randomToken(30)}`;
  const row = await prisma.apiToken.create({
    data: { userId, name, tokenHash: sha256(token), prefix: token.slice(0, 10) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}

export async function userForApiToken(token: string): Promise<SessionUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, username: true, role: true } } },
  });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.user;
}
