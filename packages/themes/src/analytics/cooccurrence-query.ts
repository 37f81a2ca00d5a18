// How often theme versions hit the same article: for every pair (including a version with
// itself, which is its own hit count), the number of counted, dated articles in the range that
// both hit, plus one row with the number of all such articles (both versions null) for lift.
//
// Whole UTC days inside the range come from the daily aggregates (coverage_daily,
// theme_coverage_daily, theme_pair_daily, kept at tag time); the piece of a day the local range
// cuts at each end (at most two partial days, any zone, fractional offsets included) is counted
// from its articles and their hits. So the cost grows with the days in the range, not with the
// articles in it. Local dates and zone are bind parameters; PostgreSQL turns them into instants.
import { type Db, Prisma } from "@tidemark/db";
import { ALL_SOURCES } from "../coverage/keys.ts";
import type { RangeParams } from "../series/params.ts";
import { localRangeInstants } from "../series/range-bounds.ts";
import { countedPublished, inSources } from "../sql/article-fragments.ts";

export interface PairCountRow {
  a: string | null;
  b: string | null;
  n: number;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The whole UTC days in [from, to) and the pieces of days around them, as instants. */
export function splitRange(fromUtc: Date, toUtc: Date) {
  const from = fromUtc.getTime();
  const to = toUtc.getTime();
  const firstDay = Math.ceil(from / DAY) * DAY;
  const endDay = Math.floor(to / DAY) * DAY;
  if (firstDay >= endDay) {
    // No whole day inside: the range is one piece.
    return { dayFrom: isoDay(0), dayTo: isoDay(0), pieces: [[fromUtc, toUtc]] as [Date, Date][] };
  }
  const pieces: [Date, Date][] = [];
  if (from < firstDay) pieces.push([fromUtc, new Date(firstDay)]);
  if (endDay < to) pieces.push([new Date(endDay), toUtc]);
  return { dayFrom: isoDay(firstDay), dayTo: isoDay(endDay), pieces };
}

export async function pairCounts(
  db: Db,
  p: RangeParams,
  versionIds: readonly string[],
): Promise<PairCountRow[]> {
  const { fromUtc, toUtc } = await localRangeInstants(db, p);
  const { dayFrom, dayTo, pieces } = splitRange(fromUtc, toUtc);
  const keys = p.sourceIds?.length ? p.sourceIds : [ALL_SOURCES];
  const versions = [...versionIds];
  // Written out as ORed ranges (at most two), so each is an index range scan on published_at.
  const inPieces =
    pieces.length === 0
      ? Prisma.sql`FALSE`
      : Prisma.join(
          pieces.map(([lo, hi]) => Prisma.sql`(a.published_at >= ${lo} AND a.published_at < ${hi})`),
          " OR ",
        );
  return db.$queryRaw<PairCountRow[]>`
    WITH piece AS (
      SELECT a.id FROM articles a
      WHERE (${inPieces}) AND ${countedPublished} AND ${inSources(p.sourceIds)}
    ), piece_hits AS (
      SELECT h.article_id, h.theme_version_id AS version
      FROM piece c JOIN article_theme_hits h ON h.article_id = c.id
      WHERE h.theme_version_id = ANY(${versions}::uuid[])
    ), counts AS (
      SELECT NULL::uuid AS a, NULL::uuid AS b, c.articles AS n FROM coverage_daily c
      WHERE c.source_key = ANY(${keys}::uuid[]) AND c.day >= ${dayFrom}::date AND c.day < ${dayTo}::date
        AND c.basis = 'published'
      UNION ALL
      SELECT t.theme_version_id, t.theme_version_id, t.articles FROM theme_coverage_daily t
      WHERE t.theme_version_id = ANY(${versions}::uuid[]) AND t.source_key = ANY(${keys}::uuid[])
        AND t.day >= ${dayFrom}::date AND t.day < ${dayTo}::date AND t.basis = 'published'
      UNION ALL
      SELECT t.version_a, t.version_b, t.articles FROM theme_pair_daily t
      WHERE t.version_a = ANY(${versions}::uuid[]) AND t.version_b = ANY(${versions}::uuid[])
        AND t.source_key = ANY(${keys}::uuid[])
        AND t.day >= ${dayFrom}::date AND t.day < ${dayTo}::date AND t.basis = 'published'
      UNION ALL
      SELECT NULL::uuid, NULL::uuid, count(*)::int FROM piece
      UNION ALL
      SELECT x.version, y.version, count(*)::int
      FROM piece_hits x JOIN piece_hits y ON y.article_id = x.article_id AND y.version >= x.version
      GROUP BY 1, 2
    )
    SELECT a, b, sum(n)::int AS n FROM counts GROUP BY 1, 2`;
}
