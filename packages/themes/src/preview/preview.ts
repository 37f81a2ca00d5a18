// Evaluating an unsaved definition over the corpus, fast enough to run while typing: match count,
// sample hits with evidence, and a weekly series with share of coverage. A large corpus is
// estimated from a fixed random sample (sample.ts) with its margin of error; a small one is counted
// exactly. A full-text prefilter on the stored search vector narrows the candidates; the matcher decides.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import {
  compileQuery,
  type Evidence,
  parseQuery,
  type QueryDiagnostic,
  toExactTsQuery,
  toTsQuery,
} from "../query/index.ts";
import { timeZoneSchema } from "../series/time-zone.ts";
import { countedArticles } from "./candidates-query.ts";
import {
  DEFAULT_SAMPLE_TARGET,
  SAMPLE_BUCKETS,
  type SampleEstimate,
  sampleBucketsFor,
  scaleUp,
} from "./sample.ts";
import { countInDatabase, countWithMatcher } from "./scan.ts";
import { weeklyTotals } from "./weekly-totals-query.ts";

export const previewParamsSchema = z.object({
  definition: z.string().min(1).max(10_000),
  timezone: timeZoneSchema.default("UTC"),
  samples: z.number().int().min(0).max(50).default(10),
  /** Stop reading candidates after this long and estimate from the sample read so far. */
  budgetMs: z.number().int().min(100).max(60_000).default(5_000),
  /**
   * Articles to read at most: a larger corpus is estimated from a fixed random sample of about
   * this many (see sample.ts), so a preview costs the same at 10M articles as at 20k.
   */
  sampleTarget: z.number().int().min(100).max(10_000_000).default(DEFAULT_SAMPLE_TARGET),
});

export interface PreviewSample {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  mentions: number;
  evidence: Evidence[];
}

export type PreviewResult =
  | { ok: false; error: QueryDiagnostic }
  | {
      ok: true;
      /** Matching articles: exact, or estimated from the sample when `estimate` is set. */
      matched: number;
      /** Undated articles among the matches (not in the weekly series); estimated likewise. */
      matchedUndated: number;
      /** Articles the matcher (or Postgres) read. */
      scanned: number;
      /** Counted articles: exact, or estimated from the sample. */
      corpus: number;
      /**
       * Set when the counts are estimates from a fixed random sample (a large corpus, or a
       * whole-corpus read that ran out of time); null when they are exact. The exact count follows
       * when the theme is saved (its backfill counts every article).
       */
      estimate: SampleEstimate | null;
      /**
       * How the count was made: "database" (an exact tsquery; simple word queries), "prefilter"
       * (the matcher over full-text candidates) or "scan" (the matcher over every article, for
       * queries the index cannot narrow, e.g. CJK terms).
       */
      method: "database" | "prefilter" | "scan";
      /** False when the time budget ran out before the whole sample asked for was read. */
      complete: boolean;
      samples: PreviewSample[];
      weekly: { week: string; count: number; total: number; share: number | null }[];
      tookMs: number;
    };

export async function previewDefinition(
  db: Db,
  input: z.input<typeof previewParamsSchema>,
): Promise<PreviewResult> {
  const started = performance.now();
  const params = previewParamsSchema.parse(input);
  const parsed = parseQuery(params.definition);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const matcher = compileQuery(parsed.ast);

  const exactTsQuery = toExactTsQuery(parsed.ast);
  const maxBucket = await sampleBucketsFor(db, params.sampleTarget);
  const scanParams = { ...params, maxBucket };
  const scan = exactTsQuery
    ? await countInDatabase(db, matcher, exactTsQuery, scanParams)
    : await countWithMatcher(db, matcher, toTsQuery(parsed.ast), scanParams, started);
  const fraction = scan.bucketsRead / SAMPLE_BUCKETS;
  const sampled = await countedArticles(db, scan.bucketsRead);
  const matched = scaleUp(scan.matched, fraction);
  const totals = await weeklyTotals(db, params.timezone);
  const weeks = [...new Set([...totals.keys(), ...scan.counts.keys()])].sort();
  return {
    ok: true,
    matched: matched.estimate,
    matchedUndated: scaleUp(scan.matchedUndated, fraction).estimate,
    scanned: scan.scanned,
    corpus: scaleUp(sampled, fraction).estimate,
    estimate:
      fraction >= 1 ? null : { fraction, sampled, sampleMatches: scan.matched, margin: matched.margin },
    method: scan.method,
    complete: scan.complete,
    samples: scan.samples,
    weekly: weeks.map((week) => {
      const count = scaleUp(scan.counts.get(week) ?? 0, fraction).estimate;
      const total = totals.get(week) ?? 0;
      return { week, count, total, share: total > 0 ? count / total : null };
    }),
    tookMs: Math.round(performance.now() - started),
  };
}
