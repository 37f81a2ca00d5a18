// The articles behind spikes: for each (theme version, bucket), the counted, dated articles the
// version hit in that bucket, best hits first (score, then earliest), with the hit's first
// evidence sentence (evidence is stored most informative first). One query for all spikes; the
// bucket's local start, the unit and the zone are bind parameters, turned into instants by
// PostgreSQL so every DST rule agrees with the series buckets.
//
// Each spike reads only the articles published in its bucket (the published_at index) and looks
// their hit of the version up by primary key, never the version's hits across all time: a spike
// costs the articles of one bucket, whatever the size of the corpus or of the theme.
import type { Db } from "@tidemark/db";
import type { SeriesUnit } from "../series/params.ts";
import { countedPublished, inSources } from "../sql/article-fragments.ts";

export interface SpikeKey {
  versionId: string;
  /** Local start day of the bucket (YYYY-MM-DD), as in the series. */
  bucket: string;
}

export interface SpikeArticleRow {
  /** Position of the spike in the keys passed in. */
  spike: number;
  id: string;
  title: string | null;
  published_at: Date;
  source_id: string | null;
  source_key: string | null;
  source_name: string | null;
  score: number;
  mentions: number;
  evidence_field: string | null;
  evidence_sentence: string | null;
}

export interface SpikeArticleScope {
  unit: SeriesUnit;
  timezone: string;
  /** Last local day of the series; a bucket running past it is cut there, as in the series. */
  to: string;
  sourceIds?: string[] | undefined;
}

export async function spikeArticles(
  db: Db,
  scope: SpikeArticleScope,
  keys: readonly SpikeKey[],
  perSpike: number,
): Promise<SpikeArticleRow[]> {
  if (keys.length === 0 || perSpike === 0) return [];
  return db.$queryRaw<SpikeArticleRow[]>`
    WITH spikes AS (
      SELECT s.ord::int - 1 AS spike, s.version_id,
             (s.bucket::date::timestamp AT TIME ZONE ${scope.timezone}) AS lo,
             least(
               (s.bucket::date::timestamp + ('1 ' || ${scope.unit})::interval) AT TIME ZONE ${scope.timezone},
               (${scope.to}::date + 1)::timestamp AT TIME ZONE ${scope.timezone}
             ) AS hi
      FROM unnest(${keys.map((k) => k.versionId)}::uuid[], ${keys.map((k) => k.bucket)}::text[])
           WITH ORDINALITY AS s(version_id, bucket, ord)
    )
    SELECT sp.spike, r.id, r.title, r.published_at, r.counted_source_id AS source_id,
           s.key AS source_key, s.name AS source_name, r.score, r.mentions,
           r.evidence -> 0 ->> 'field' AS evidence_field, r.evidence -> 0 ->> 'sentence' AS evidence_sentence
    FROM spikes sp
    CROSS JOIN LATERAL (
      SELECT a.id, a.title, a.published_at, a.counted_source_id, h.score, h.mentions, h.evidence
      FROM articles a
      JOIN article_theme_hits h ON h.article_id = a.id AND h.theme_version_id = sp.version_id
      WHERE a.published_at >= sp.lo AND a.published_at < sp.hi AND ${countedPublished}
        AND ${inSources(scope.sourceIds)}
      ORDER BY h.score DESC, a.published_at, a.id
      LIMIT ${perSpike}::int
    ) r
    LEFT JOIN sources s ON s.id = r.counted_source_id
    ORDER BY sp.spike, r.score DESC, r.published_at, r.id`;
}
