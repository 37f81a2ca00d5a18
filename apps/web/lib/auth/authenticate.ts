// Who is asking: a browser session (cookie) or a script (Authorization: Bearer tm_...). Cookies
// are read only through the framework (NextRequest.cookies, cookies()).

import { type Role, roleAtLeast, type TokenScope } from "@tidemark/accounts";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { cache } from "react";
import { safeNextPath } from "@/lib/auth/safe-next";
import { type TokenOwner, userForApiToken } from "./api-tokens";
import { SESSION_COOKIE } from "./cookies";
import type { SessionUser } from "./session-user";
import { type AuthenticatedSession, readSession } from "./sessions";

export type Auth =
  | { via: "session"; user: SessionUser; csrfToken: string; sessionId: string }
  | { via: "token"; user: SessionUser; tokenId: string; scope: TokenScope };

function bearer(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

function fromToken(owner: TokenOwner): Auth {
  return { via: "token", user: owner.user, tokenId: owner.tokenId, scope: owner.scope };
}

/**
 * The credential of a request: a bearer token, a session cookie, or — only where a route allows it
 * (feeds, which readers fetch by URL alone) — a token in the `token` query parameter.
 */
export async function authenticateRequest(
  request: NextRequest,
  options: { queryToken?: boolean } = {},
): Promise<Auth | null> {
  const token =
    bearer(request.headers.get("authorization")) ??
    (options.queryToken ? request.nextUrl.searchParams.get("token") : null);
  if (token) {
    const owner = await userForApiToken(token);
    return owner ? fromToken(owner) : null;
  }
  const session = await readSession(request.cookies.get(SESSION_COOKIE)?.value);
  return session
    ? { via: "session", user: session.user, csrfToken: session.csrfToken, sessionId: session.sessionId }
    : null;
}

/**
 * For server components, generateMetadata and server-side data functions: the signed-in user
 * (checked against the database, cached for the request), or a redirect to the login page. Every
 * page calls this itself before reading anything: the layout's check runs in parallel with the
 * page, so it protects nothing on its own.
 */
export const requireSession = cache(async (): Promise<AuthenticatedSession> => {
  const session = await readSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (session) return session;
  const path = safeNextPath((await headers()).get("x-tidemark-path"));
  redirect(`/login?next=${encodeURIComponent(path)}`);
});

export const requireUser = cache(async (): Promise<SessionUser> => (await requireSession()).user);

/** requireUser, plus a role: lower roles get the not-found page, not a hint of what is there. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!roleAtLeast(user.role, role)) notFound();
  return user;
}
