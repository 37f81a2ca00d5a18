// POST /api/auth/login {username, password}: a session cookie on success. Attempts are limited
// per username + client address and per client address (lib/auth/login-limiter.ts); an unknown
// username costs the same hashing time as a known one.

import { dummyHash, hashPassword, needsRehash, verifyPassword } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { childLogger } from "@tidemark/logger";
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { errorResponse, parseBody } from "@/lib/api/route";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { CSRF_COOKIE, cookieOptions, SESSION_COOKIE } from "@/lib/auth/cookies";
import { loginSucceeded, takeLoginAttempt } from "@/lib/auth/login-limiter";
import { createSession } from "@/lib/auth/sessions";
import { clientAddress } from "@/lib/net/client-address";

const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
});

export async function POST(request: NextRequest): Promise<Response> {
  const address = clientAddress(request);
  const log = childLogger({ route: "login", address });
  try {
    // Login CSRF: a form on another site must not log the browser in.
    assertSameOrigin(request);
    const body = await parseBody(request, loginSchema, 16 * 1024);
    await takeLoginAttempt(body.username, address);
    const user = await prisma.user.findUnique({ where: { username: body.username } });
    const matches = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !matches) {
      log.warn({ username: body.username }, "failed login");
      throw new ApiError(401, "bad_credentials", "Wrong username or password.");
    }
    await loginSucceeded(body.username, address);
    if (needsRehash(user.passwordHash)) {
      await prisma.user.update({
        where: { id: user.id },
        data: { passwordHash: await hashPassword(body.password) },
      });
    }
    const session = await createSession(user.id, request.headers.get("user-agent"));
    const https =
      request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    const response = NextResponse.json({ user: { id: user.id, username: user.username, role: user.role } });
    response.cookies.set(SESSION_COOKIE, session.token, cookieOptions(https, true, session.maxAgeSeconds));
    response.cookies.set(CSRF_COOKIE, session.csrfToken, cookieOptions(https, false, session.maxAgeSeconds));
    return response;
  } catch (error) {
    return errorResponse(error, log);
  }
}
