// Evaluating an unsaved definition over the whole corpus, fast enough to run while typing:
// match count, sample hits with evidence, and a weekly series with share of coverage. A
// full-text prefilter narrows the candidates; the real matcher decides.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import {
  compileQuery,
  type Evidence,
  parseQuery,
  prepareDocument,
  type QueryDiagnostic,
  toTsQuery,
} from "../query/index.ts";
import { timeZoneSchema } from "../series/time-zone.ts";
import { candidatePage, countedArticles } from "./candidates-query.ts";
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
      prefiltered: boolean;
      /** False when the time budget ran out before every candidate was read. */
      complete: boolean;
      samples: PreviewSample[];
      weekly: { week: string; count: number; total: number; share: number | null }[];
      tookMs: number;
    };

const PAGE = 2_000;

export async function previewDefinition(
  db: Db,
  input: z.input<typeof previewParamsSchema>,
): Promise<PreviewResult> {
  const started = performance.now();
  const params = previewParamsSchema.parse(input);
  const parsed = parseQuery(params.definition);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const matcher = compileQuery(parsed.ast);
  const tsQuery = toTsQuery(parsed.ast);

  const weekOf = new Intl.DateTimeFormat("en-CA", {
    timeZone: params.timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const counts = new Map<string, number>();
  const samples: PreviewSample[] = [];
  let matched = 0;
  let matchedUndated = 0;
  let scanned = 0;
  let after: string | null = null;
  let complete = true;
  for (;;) {
    const page = await candidatePage(db, tsQuery, after, PAGE);
    for (const article of page) {
      scanned += 1;
      const doc = prepareDocument({ title: article.title ?? "", text: article.text ?? "" });
      if (!matcher.test(doc)) continue;
      matched += 1;
      if (article.basis === "fetched") matchedUndated += 1;
      else {
        const week = isoWeekStart(weekOf.format(article.at));
        counts.set(week, (counts.get(week) ?? 0) + 1);
      }
      if (samples.length < params.samples) {
        const result = matcher.match(doc, { maxEvidence: 2 });
        samples.push({
          articleId: article.id,
          title: article.title,
          publishedAt: article.basis === "published" ? article.at.toISOString() : null,
          mentions: result?.mentions ?? 0,
          evidence: result?.evidence ?? [],
        });
      }
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.id ?? null;
    if (performance.now() - started > params.budgetMs) {
      complete = false;
      break;
    }
  }
  const totals = await weeklyTotals(db, params.timezone);
  const weeks = [...new Set([...totals.keys(), ...counts.keys()])].sort();
  return {
    ok: true,
    matched,
    matchedUndated,
    scanned,
    corpus: await countedArticles(db),
    prefiltered: tsQuery !== null,
    complete,
    samples,
    weekly: weeks.map((week) => {
      const count = counts.get(week) ?? 0;
      const total = totals.get(week) ?? 0;
      return { week, count, total, share: total > 0 ? count / total : null };
    }),
    tookMs: Math.round(performance.now() - started),
  };
}

/** The Monday (ISO week start) of a local YYYY-MM-DD date. */
function isoWeekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday);
  return date.toISOString().slice(0, 10);
}
