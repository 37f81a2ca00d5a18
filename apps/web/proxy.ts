// Everything sits behind a login. This only checks that a credential is present; the route
// handlers and pages verify it against the database (proxy runs before them on every request).
import { type NextRequest, NextResponse } from "next/server";

const SESSION_COOKIE = "tidemark_session";
const PUBLIC_PATHS = ["/login", "/api/auth/login", "/favicon.ico"];

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p)) return NextResponse.next();
  const hasCredential =
    request.cookies.has(SESSION_COOKIE) || /^Bearer\s+\S+/i.test(request.headers.get("authorization") ?? "");
  if (hasCredential) {
    // Pages use this to send people back where they were after logging in again.
    const headers = new Headers(request.headers);
    headers.set("x-tidemark-path", `${pathname}${search}`);
    return NextResponse.next({ request: { headers } });
  }
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      {
        error: {
          code: "unauthenticated",
          message: "Log in, or send an API token as Authorization: Bearer <token>.",
        },
      },
      { status: 401 },
    );
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
