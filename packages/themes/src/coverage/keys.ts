// What one article contributes to the coverage aggregates: +1 at (UTC hour and quarter hour,
// date basis, source). The hour keys coverage_hourly; the quarter keys the quarter-hour and daily
// aggregates the series read (every UTC offset is a multiple of 15 minutes).
import type { DateBasis } from "@tidemark/db";

/** The source key of the all-sources total rows. */
export const ALL_SOURCES = "00000000-0000-0000-0000-000000000000";

/** Articles that count in coverage: extracted ones, and ones whose page has since gone. */
export const COUNTED_STATUSES = ["extracted", "gone"] as const;

export interface CoverageKey {
  hour: Date;
  quarter: Date;
  basis: DateBasis;
  sourceId: string | null;
}

export interface CountableArticle {
  status: string;
  duplicate_of_id: string | null;
  published_at: Date | null;
  fetched_at: Date | null;
  created_at: Date;
  source_id: string | null;
}

export function truncateToHour(date: Date): Date {
  const hour = new Date(date.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

export function truncateToQuarter(date: Date): Date {
  const ms = date.getTime();
  return new Date(ms - (((ms % 900_000) + 900_000) % 900_000));
}

/**
 * Counted under its publication hour; an undated article under its fetch hour with basis
 * `fetched`, which series report separately instead of mixing it in.
 */
export function coverageKeyOf(article: CountableArticle): CoverageKey | null {
  const counted =
    (COUNTED_STATUSES as readonly string[]).includes(article.status) && article.duplicate_of_id === null;
  if (!counted) return null;
  if (article.published_at) {
    return {
      hour: truncateToHour(article.published_at),
      quarter: truncateToQuarter(article.published_at),
      basis: "published",
      sourceId: article.source_id,
    };
  }
  const at = article.fetched_at ?? article.created_at;
  return {
    hour: truncateToHour(at),
    quarter: truncateToQuarter(at),
    basis: "fetched",
    sourceId: article.source_id,
  };
}

export function sameKey(a: CoverageKey | null, b: CoverageKey | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.hour.getTime() === b.hour.getTime() &&
    a.quarter.getTime() === b.quarter.getTime() &&
    a.basis === b.basis &&
    a.sourceId === b.sourceId
  );
}
