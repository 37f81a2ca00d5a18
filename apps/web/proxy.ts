// Runs before every page (not API routes, which authenticate in lib/api/route.ts and must get
// uploads unbuffered): a fresh CSP nonce, HSTS over HTTPS, a 400 for control characters in the
// address, and an early redirect to the login page when there is no session cookie at all. This is a convenience, never the check: every page and
// data function verifies the session itself (requireUser), so a made-up cookie gets nothing.
import { type NextRequest, NextResponse } from "next/server";
import { hasControlCharacters } from "@/lib/api/control-chars";
import { safeNextPath } from "@/lib/auth/safe-next";
import { contentSecurityPolicy, HSTS_VALUE, newNonce } from "@/lib/security/csp";

const SESSION_COOKIE = "tidemark_session";
const PUBLIC_PATHS = ["/login", "/favicon.ico"];

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

  let response: NextResponse;
  const params = [...request.nextUrl.searchParams.entries()].flat();
  if ([pathname, ...params].some(hasControlCharacters)) {
    // NUL and friends cannot be stored or searched for; say so instead of failing deeper down.
    response = new NextResponse("The address contains a control character (such as NUL).", { status: 400 });
  } else if (PUBLIC_PATHS.includes(pathname) || request.cookies.has(SESSION_COOKIE)) {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    // Pages use this to send people back where they were after logging in again.
    headers.set("x-tidemark-path", safeNextPath(`${pathname}${search}`));
    response = NextResponse.next({ request: { headers } });
  } else {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", safeNextPath(`${pathname}${search}`));
    response = NextResponse.redirect(login);
  }
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", HSTS_VALUE);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image).*)",
      // Prefetches reuse the page's policy; no nonce of their own is needed.
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
