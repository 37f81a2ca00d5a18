// Redirect bookkeeping shared by page and robots.txt fetches.
import type { IncomingHttpHeaders } from "node:http";

/** Statuses we follow. 304 is not a redirect, and 300/305 are not followed automatically. */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export function isRedirectStatus(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/**
 * The absolute target of a redirect, or null when Location is missing or unparseable.
 * (URL.canParse rather than URL.parse: the latter needs Node 22.)
 */
export function redirectTarget(headers: IncomingHttpHeaders, base: URL): URL | null {
  const location = headers.location;
  if (typeof location !== "string" || location.trim() === "") return null;
  if (!URL.canParse(location, base.href)) return null;
  const target = new URL(location, base);
  // RFC 9110 §10.2.2: a Location without a fragment inherits the original one.
  if (target.hash === "" && base.hash !== "") target.hash = base.hash;
  return target;
}
