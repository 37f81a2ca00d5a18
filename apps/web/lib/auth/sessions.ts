// Browser sessions: a random token in an httpOnly cookie, its hash in Postgres, and a CSRF secret
// per session.

import { parseRole } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { cache } from "react";
import { env } from "@/env";
import { randomToken, sha256 } from "./secrets";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

export interface AuthenticatedSession {
  user: SessionUser;
  sessionId: string;
  csrfToken: string;
}

export async function createSession(userId: string, userAgent: string | null) {
  const token = randomToken();
  const csrfToken = randomToken(18);
  const maxAgeSeconds = env.TIDEMARK_SESSION_DAYS * 86_400;
  await prisma.session.create({
    data: {
      tokenHash: sha256(token),
      csrfToken,
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + maxAgeSeconds * 1000),
    },
  });
  return { token, csrfToken, maxAgeSeconds };
}

/**
 * The session of a cookie's token. Cached per request (React cache; a plain call outside a
 * render): the layout and the page both need the user, and one read serves both.
 */
export const readSession = cache(async (token: string | undefined): Promise<AuthenticatedSession | null> => {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, username: true, role: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  // Record activity at most every few minutes, not on every request.
  if (Date.now() - session.lastSeenAt.getTime() > 5 * 60_000) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return {
    user: { ...session.user, role: parseRole(session.user.role) },
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
});

/** A user's sessions as the settings page lists them (never the token). */
export async function listSessions(userId: string) {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
}

export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

/** Ends one session; with `ownerId`, only if it is that user's. False when nothing matched. */
export async function revokeSession(id: string, ownerId: string | undefined): Promise<boolean> {
  const { count } = await prisma.session.deleteMany({
    where: { id, ...(ownerId ? { userId: ownerId } : {}) },
  });
  return count > 0;
}
