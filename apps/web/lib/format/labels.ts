// Human labels for stored codes: article statuses, date provenance, failure codes.
import type { ArticleStatus, DateSource } from "@tidemark/db";

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  queued: "Queued",
  fetching: "Fetching",
  extracted: "Extracted",
  failed: "Failed",
  gone: "Gone (404/410)",
  duplicate: "Duplicate",
};

export const DATE_SOURCE_LABELS: Record<DateSource, string> = {
  jsonld: "date from JSON-LD",
  meta: "date from a meta tag",
  time: "date from a <time> element",
  url: "date from the URL",
  text: "date from the article text",
  feed: "date from the feed",
  manifest: "date supplied at import",
  none: "no date found",
};

const FAILURE_LABELS: Record<string, string> = {
  robots_disallowed: "Blocked by robots.txt",
  robots_unavailable: "robots.txt unavailable",
  unsupported_content_type: "Not HTML",
  empty_extraction: "Empty extraction",
  not_html: "Not an HTML page",
  gave_up: "Gave up after repeated crashes",
  missing_content: "No content",
  blocked_address: "Blocked address",
  too_large: "Page too large",
  too_many_redirects: "Too many redirects",
  invalid_redirect: "Invalid redirect",
  dns_not_found: "Host not found",
  dns_temporary: "DNS failure",
  connection_refused: "Connection refused",
  connection_reset: "Connection reset",
  connect_timeout: "Timed out (connect)",
  headers_timeout: "Timed out (headers)",
  body_timeout: "Timed out (body)",
  total_timeout: "Timed out",
  tls_error: "TLS error",
  invalid_url: "Invalid URL",
  internal_error: "Internal error",
};

/** "403 Forbidden", "Blocked by robots.txt", or the code itself for codes we have no label for. */
export function failureLabel(code: string | null | undefined): string {
  if (!code) return "—";
  if (FAILURE_LABELS[code]) return FAILURE_LABELS[code];
  return code.startsWith("http_") ? `HTTP ${code.slice(5)}` : code.replaceAll("_", " ");
}
