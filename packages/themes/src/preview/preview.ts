// Evaluating an unsaved definition over the whole corpus, fast enough to run while typing:
// match count, sample hits with evidence, and a weekly series with share of coverage. A
// full-text prefilter narrows the candidates; the real matcher decides.
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
import { countInDatabase, countWithMatcher } from "./scan.ts";
import { weeklyTotals } from "./weekly-totals-query.ts";

export const previewParamsSchema = z.object({
  definition: z.string().min(1).max(10_000),
  timezone: timeZoneSchema.default("UTC"),
  samples: z.number().int().min(0).max(50).default(10),
  /** Stop reading candidates after this long and report a partial result. */
  budgetMs: z.number().int().min(100).max(60_000).default(5_000),
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
      matched: number;
      /** Undated articles among the matches (not in the weekly series). */
      matchedUndated: number;
      scanned: number;
      corpus: number;
      /**
       * How the count was made: "database" (an exact tsquery; simple word queries), "prefilter"
       * (the matcher over full-text candidates) or "scan" (the matcher over every article, for
       * queries the index cannot narrow, e.g. CJK terms).
       */
      method: "database" | "prefilter" | "scan";
      /** False when the time budget ran out before every candidate was read. */
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
  const scan = exactTsQuery
    ? await countInDatabase(db, matcher, exactTsQuery, params)
    : await countWithMatcher(db, matcher, toTsQuery(parsed.ast), params, started);
  const totals = await weeklyTotals(db, params.timezone);
  const weeks = [...new Set([...totals.keys(), ...scan.counts.keys()])].sort();
  return {
    ok: true,
    matched: scan.matched,
    matchedUndated: scan.matchedUndated,
    scanned: scan.scanned,
    corpus: await countedArticles(db),
    method: scan.method,
    complete: scan.complete,
    samples: scan.samples,
    weekly: weeks.map((week) => {
      const count = scan.counts.get(week) ?? 0;
      const total = totals.get(week) ?? 0;
      return { week, count, total, share: total > 0 ? count / total : null };
    }),
    tookMs: Math.round(performance.now() - started),
  };
}
