// Feed and sitemap dates arrive as RFC 822 (RSS), W3C/ISO 8601 (Atom, JSON Feed, sitemaps) or
// something broken. They go through the same parser as page dates (extract/dates/parse.ts), in its
// strict mode: `Date.parse` is engine-defined and far too lenient (`new Date("1")` is 2001 in V8),
// and a bad date must become null, not a confident wrong date that moves an article between days.
import { parseDateValue } from "../../extract/dates/parse.ts";
import { toUtcIso } from "../../extract/dates/parts.ts";

/** A feed/sitemap date as an ISO 8601 UTC string, or null when it is missing or not a real date. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const parts = parseDateValue(raw, { strict: true });
  return parts === null ? null : toUtcIso(parts);
}
