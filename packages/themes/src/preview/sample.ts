// The fixed random sample previews estimate from. Every article has a generated sample_bucket
// (0–65535, a hash of its id; see the migration 20261207090000_article_search_vector), so
// `sample_bucket < b` is the same uniformly random b/65536 of the corpus on every keystroke.
// Counting matches in it and dividing by the fraction estimates the whole corpus's count
// (Horvitz–Thompson under Bernoulli sampling), and the margin of error comes with it.
import type { Db } from "@tidemark/db";
import { articleRowEstimate } from "./sample-size-query.ts";

export const SAMPLE_BUCKETS = 65_536;

/** How many articles a preview reads at most before it estimates instead of counting. */
export const DEFAULT_SAMPLE_TARGET = 20_000;

/** Buckets to read for about `target` articles; SAMPLE_BUCKETS (everything) for small corpora. */
export async function sampleBucketsFor(db: Db, target: number): Promise<number> {
  const rows = await articleRowEstimate(db);
  if (rows === null || rows <= target) return SAMPLE_BUCKETS;
  return Math.min(SAMPLE_BUCKETS, Math.max(1, Math.ceil((target * SAMPLE_BUCKETS) / rows)));
}

export interface SampleEstimate {
  /** Share of the corpus read: buckets read / 65536. */
  fraction: number;
  /** Counted articles in the sample. */
  sampled: number;
  /** Matches found in the sample. */
  sampleMatches: number;
  /** Half-width of the 95% interval of the estimated count. */
  margin: number;
}

/** Estimated total and its 95% margin from `matches` found in a `fraction` sample. */
export function scaleUp(matches: number, fraction: number): { estimate: number; margin: number } {
  if (fraction >= 1) return { estimate: matches, margin: 0 };
  // Var(m / f) = M (1 − f) / f, estimated with m / f for M.
  const margin = (1.96 * Math.sqrt(Math.max(matches, 1) * (1 - fraction))) / fraction;
  return { estimate: Math.round(matches / fraction), margin: Math.ceil(margin) };
}
