// POST /api/auth/login {username, password}: a session cookie on success; failed attempts are
// rate-limited per username and address.
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { z } from "zod";
import { clientAddress } from "@/lib/api/client-address";
import { ApiError } from "@/lib/api/errors";
import { errorResponse, parseBody } from "@/lib/api/route";
import { CSRF_COOKIE, cookieOptions, SESSION_COOKIE } from "@/lib/auth/cookies";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "@/lib/auth/login-rate-limit";
import { verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";

const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
});

export async function POST(request: Request): Promise<Response> {
  try {
    // Login CSRF: a form on another site must not log the browser in.
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (origin && host && new URL(origin).host !== host)
      throw new ApiError(403, "csrf", "Cross-site login refused.");

    const body = await parseBody(request, loginSchema);
    const address = clientAddress(request);
    const wait = await loginBlockedFor(body.username, address);
    if (wait > 0) {
      throw new ApiError(
        429,
        "too_many_attempts",
        `Too many failed logins. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        undefined,
        {
          "retry-after": String(wait),
        },
      );
    }
    const user = await prisma.user.findUnique({ where: { username: body.username } });
    if (!user || !(await verifyPassword(body.password, user.passwordHash))) {
      await recordLoginFailure(body.username, address);
      throw new ApiError(401, "bad_credentials", "Wrong username or password.");
    }
    await clearLoginFailures(body.username, address);
    const session = await createSession(user.id, request.headers.get("user-agent"));
    const https =
      new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    const response = NextResponse.json({ user: { id: user.id, username: user.username } });
    response.cookies.set(SESSION_COOKIE, session.token, cookieOptions(https, true, session.maxAgeSeconds));
    response.cookies.set(CSRF_COOKIE, session.csrfToken, cookieOptions(https, false, session.maxAgeSeconds));
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
