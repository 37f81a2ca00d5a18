// Choosing which sitemap URLs become articles: a date window, a URL pattern and a count cap,
// applied in that order. Each URL's date is its news publication date, else its <lastmod>
// (lastmod moves when a page is edited, so it is the weaker signal). The per-filter counts let the
// source settings page explain "412 URLs, 380 skipped as older than your start date".

import type { SitemapUrl } from "./types.ts";
import { compileUrlPattern } from "./url-pattern.ts";

export interface SitemapFilterOptions {
  /** Keep URLs dated at or after this instant. */
  since?: Date;
  /** Keep URLs dated strictly before this instant (half-open, so consecutive windows never overlap). */
  until?: Date;
  /**
   * When `since` or `until` is set, also keep URLs with no usable date. Default false: a news
   * source with a date window wants news, and undated entries are mostly section and tag pages.
   * Without a date window undated URLs are always kept.
   */
  keepUndated?: boolean;
  /** Glob matched against the URL path and query; see url-pattern.ts. Empty means no filter. */
  pattern?: string;
  /** Keep at most this many URLs: the most recently dated ones (undated last), in sitemap order. */
  limit?: number;
}

export interface SitemapFilterResult {
  urls: SitemapUrl[];
  dropped: {
    /** No usable date while a date window was set (and keepUndated was off). */
    undated: number;
    /** Dated before `since`. */
    beforeSince: number;
    /** Dated at or after `until`. */
    afterUntil: number;
    /** Not matching `pattern`. */
    pattern: number;
    /** Beyond `limit`. */
    limit: number;
  };
}

/**
 * @throws SourceParseError `invalid_pattern` for an unusable pattern; RangeError for an invalid
 *   Date or a limit that is not a non-negative integer (caller bugs, not user input).
 */
export function filterSitemapUrls(
  urls: readonly SitemapUrl[],
  options: SitemapFilterOptions = {},
): SitemapFilterResult {
  const since = timeOf(options.since, "since");
  const until = timeOf(options.until, "until");
  const { limit } = options;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
  const pattern = options.pattern?.trim() ? compileUrlPattern(options.pattern) : null;
  const dateWindow = since !== null || until !== null;
  const dropped = { undated: 0, beforeSince: 0, afterUntil: 0, pattern: 0, limit: 0 };

  const kept: Array<{ entry: SitemapUrl; time: number | null; index: number }> = [];
  for (const entry of urls) {
    const time = dateOf(entry);
    if (dateWindow) {
      if (time === null) {
        if (!options.keepUndated) {
          dropped.undated++;
          continue;
        }
      } else if (since !== null && time < since) {
        dropped.beforeSince++;
        continue;
      } else if (until !== null && time >= until) {
        dropped.afterUntil++;
        continue;
      }
    }
    if (pattern && !pattern.test(entry.url)) {
      dropped.pattern++;
      continue;
    }
    kept.push({ entry, time, index: kept.length });
  }

  if (limit === undefined || kept.length <= limit) return { urls: kept.map((k) => k.entry), dropped };
  // Newest first, undated last, sitemap order between equals (Array.prototype.sort is stable).
  const newest = [...kept].sort(byNewestFirst);
  const chosen = new Set(newest.slice(0, limit).map((k) => k.index));
  dropped.limit = kept.length - chosen.size;
  return { urls: kept.filter((k) => chosen.has(k.index)).map((k) => k.entry), dropped };
}

function byNewestFirst(a: { time: number | null }, b: { time: number | null }): number {
  if (a.time === b.time) return 0;
  if (a.time === null) return 1;
  if (b.time === null) return -1;
  return b.time - a.time;
}

function dateOf(entry: SitemapUrl): number | null {
  const iso = entry.publishedAt ?? entry.lastmod;
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

function timeOf(date: Date | undefined, name: string): number | null {
  if (date === undefined) return null;
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${name} is an invalid Date`);
  return time;
}
