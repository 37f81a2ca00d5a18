// SQL fragments about articles that several queries share, so "which articles count" and "when
// an article happened" are written once. Every fragment expects the articles table aliased `a`,
// and every value (dates, zone, ids) is a bind parameter of the fragment, never text.
import { Prisma } from "@tidemark/db";

/**
 * When an article happened: its publication time, else when it was fetched, else when it was
 * created. The hourly aggregates (counted_hour) are truncated from the same expression.
 */
export const articleInstant = Prisma.sql`coalesce(a.published_at, a.fetched_at, a.created_at)`;

/** Counted in coverage with a publication date (undated articles are reported apart). */
export const countedPublished = Prisma.sql`a.counted_hour IS NOT NULL AND a.counted_basis = 'published'`;

/** Attributed to one of the sources; every article when there is no source filter. */
export function inSources(sourceIds: readonly string[] | undefined): Prisma.Sql {
  if (!sourceIds || sourceIds.length === 0) return Prisma.sql`TRUE`;
  return Prisma.sql`a.counted_source_id = ANY(${[...sourceIds]}::uuid[])`;
}

/** Published between two local dates (inclusive) in the zone; PostgreSQL makes the instants. */
export function publishedOnLocalDays(from: string, to: string, timezone: string): Prisma.Sql {
  return Prisma.sql`a.published_at >= (${from}::date::timestamp AT TIME ZONE ${timezone})
    AND a.published_at < ((${to}::date + 1)::timestamp AT TIME ZONE ${timezone})`;
}

export interface LocalRange {
  from: string;
  to: string;
  timezone: string;
  sourceIds?: readonly string[] | undefined;
}

/** The articles analytics count: counted, dated, published in the local range, in the sources. */
export function countedPublishedInRange(range: LocalRange): Prisma.Sql {
  return Prisma.sql`${countedPublished}
    AND ${publishedOnLocalDays(range.from, range.to, range.timezone)}
    AND ${inSources(range.sourceIds)}`;
}

/** The local ISO week (its Monday, YYYY-MM-DD) an article falls in, as preview labels weeks. */
export function localWeekLabel(timezone: string): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc('week', ${articleInstant} AT TIME ZONE ${timezone}), 'YYYY-MM-DD')`;
}
