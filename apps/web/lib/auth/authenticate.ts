// Who is asking: a browser session (cookie) or a script (Authorization: Bearer tm_...).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { userForApiToken } from "./api-tokens";
import { SESSION_COOKIE } from "./cookies";
import { readSession, type SessionUser } from "./sessions";

export type Auth =
  | { via: "session"; user: SessionUser; csrfToken: string }
  | { via: "token"; user: SessionUser };

function bearer(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

function cookieValue(cookieHeader: string | null, name: string): string | undefined {
  for (const part of cookieHeader?.split(";") ?? []) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

export async function authenticateRequest(request: Request): Promise<Auth | null> {
  const token = bearer(request.headers.get("authorization"));
  if (token) {
    const user = await userForApiToken(token);
    return user ? { via: "token", user } : null;
  }
  const session = await readSession(cookieValue(request.headers.get("cookie"), SESSION_COOKIE));
  return session ? { via: "session", user: session.user, csrfToken: session.csrfToken } : null;
}

/** For server components: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const session = await readSession((await cookies()).get(SESSION_COOKIE)?.value);
  if (session) return session.user;
  const path = (await headers()).get("x-tidemark-path") ?? "/";
  redirect(`/login?next=${encodeURIComponent(path)}`);
}
