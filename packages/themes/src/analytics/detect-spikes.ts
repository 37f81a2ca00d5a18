// Spikes of the themes' share of coverage, with the articles behind each. The series is read
// from before `from`, far enough back that the first requested bucket already has a full
// baseline; those warm-up buckets are only baseline and are never reported.
import type { Db } from "@tidemark/db";
import { type CoverageSeries, coverageSeries } from "../series/coverage-series.ts";
import { bucketStart, bucketsBefore } from "./local-dates.ts";
import { type SpikeArticleRow, type SpikeKey, spikeArticles } from "./spike-articles-query.ts";
import {
  defaultBaselineBuckets,
  type SpikeParams,
  type SpikeParamsInput,
  spikeParamsSchema,
} from "./spike-params.ts";
import { type BucketTest, findSpikes } from "./spikes.ts";

export interface SpikeArticle {
  articleId: string;
  title: string | null;
  publishedAt: string;
  source: { id: string; key: string; name: string | null } | null;
  /** The hit's score and mentions (see "Title, text, mentions and score"). */
  score: number;
  mentions: number;
  /** The hit's most informative evidence sentence. */
  evidence: { field: string; sentence: string } | null;
}

export interface Spike extends BucketTest {
  articles: SpikeArticle[];
}

export interface ThemeSpikes {
  themeId: string;
  slug: string;
  name: string;
  versionId: string;
  spikes: Spike[];
}

export interface SpikeResult {
  params: SpikeParams;
  method: CoverageSeries["method"];
  baseline: {
    buckets: number;
    weekday: boolean;
    /** First local day read for the baseline of the first requested bucket. */
    from: string;
  };
  /** Requested buckets tested. */
  buckets: string[];
  themes: ThemeSpikes[];
}

export async function detectSpikes(db: Db, input: SpikeParamsInput): Promise<SpikeResult> {
  const params = spikeParamsSchema.parse(input);
  const weekday = params.unit === "day" && params.weekdayBaseline;
  const k = params.baselineBuckets ?? defaultBaselineBuckets(params.unit, weekday);
  const firstBucket = bucketStart(params.unit, params.from);
  const baselineFrom = bucketsBefore(params.unit, params.from, weekday ? 7 * k : k);
  const series = await coverageSeries(db, { ...params, from: baselineFrom });

  const found = findSpikes(series, {
    baselineBuckets: k,
    weekdayBaseline: weekday,
    minCount: params.minCount,
    minRatio: params.minRatio,
    threshold: params.threshold,
    firstBucket,
  });
  // One article query for every spike; each spike remembers its position in that query.
  const keys: SpikeKey[] = [];
  const keyOf = found.map((theme, i) => {
    const versionId = series.themes[i]?.version.id ?? "";
    return theme.spikes.map((spike) => {
      if (versionId === "") return -1; // no series version: no hits, so no spikes either
      keys.push({ versionId, bucket: spike.bucket });
      return keys.length - 1;
    });
  });
  const rows = await spikeArticles(db, params, keys, params.articlesPerSpike);
  const bySpike = new Map<number, SpikeArticle[]>();
  for (const row of rows) {
    const list = bySpike.get(row.spike) ?? [];
    list.push(toSpikeArticle(row));
    bySpike.set(row.spike, list);
  }

  return {
    params,
    method: series.method,
    baseline: { buckets: k, weekday, from: baselineFrom },
    buckets: series.buckets.filter((b) => b >= firstBucket),
    themes: series.themes.map((theme, i) => ({
      themeId: theme.themeId,
      slug: theme.slug,
      name: theme.name,
      versionId: theme.version.id,
      spikes: (found[i]?.spikes ?? []).map((spike, j) => ({
        ...spike,
        articles: bySpike.get(keyOf[i]?.[j] ?? -1) ?? [],
      })),
    })),
  };
}

function toSpikeArticle(row: SpikeArticleRow): SpikeArticle {
  return {
    articleId: row.id,
    title: row.title,
    publishedAt: row.published_at.toISOString(),
    source:
      row.source_id && row.source_key
        ? { id: row.source_id, key: row.source_key, name: row.source_name }
        : null,
    score: row.score,
    mentions: row.mentions,
    evidence:
      row.evidence_field !== null && row.evidence_sentence !== null
        ? { field: row.evidence_field, sentence: row.evidence_sentence }
        : null,
  };
}
