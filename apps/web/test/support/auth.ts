// Credentials for route tests: a user with a browser session (cookie + CSRF token) and/or an
// API token, created through the same functions the app uses.

import type { Role, TokenScope } from "@tidemark/accounts";
import { hashPassword } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createSession } from "@/lib/auth/sessions";

export interface TestUser {
  id: string;
  username: string;
  password: string;
  /** Cookie header value of a fresh session. */
  cookie: string;
  csrf: string;
  token: string;
}

interface TestUserOptions {
  role?: Role;
  tokenScope?: TokenScope;
}

export async function createTestUser(
  username = "analyst",
  password = "correct horse 1",
  options: TestUserOptions = {},
): Promise<TestUser> {
  const user = await prisma.user.create({
    data: { username, passwordHash: await hashPassword(password), role: options.role ?? "admin" },
  });
  const session = await createSession(user.id, "vitest");
  const token = await createApiToken(user.id, { name: "test token", scope: options.tokenScope ?? "write" });
  return {
    id: user.id,
    username,
    password,
    cookie: `tidemark_session=${session.token}; tidemark_csrf=${session.csrfToken}`,
    csrf: session.csrfToken,
    token: token.token,
  };
}
