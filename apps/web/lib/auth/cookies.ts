// Cookie names and options, in one place.
import { env } from "@/env";

export const SESSION_COOKIE = "tidemark_session";
/** Readable by the dashboard's scripts, which echo it in the X-CSRF-Token header. */
export const CSRF_COOKIE = "tidemark_csrf";
export const CSRF_HEADER = "x-csrf-token";

export function cookieOptions(requestIsHttps: boolean, httpOnly: boolean, maxAgeSeconds: number) {
  const secure =
    env.TIDEMARK_SECURE_COOKIES === "always" || (env.TIDEMARK_SECURE_COOKIES === "auto" && requestIsHttps);
  return { httpOnly, secure, sameSite: "lax" as const, path: "/", maxAge: maxAgeSeconds };
}
