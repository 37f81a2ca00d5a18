// Cross-site request checks for cookie-authenticated mutations and for the login form: a browser
// always sends Origin on these; when it names another site, or is "null" (sandboxed frames,
// file: pages, some redirects), the request is refused.
import { ApiError } from "./errors";

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null; // "null" or garbage: never same-origin
  }
  if (!originHost || !host || originHost !== host) {
    throw new ApiError(
      403,
      "csrf",
      "This request came from another site (or an opaque origin) and was refused.",
    );
  }
}
