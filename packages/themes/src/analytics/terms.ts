// Emerging terms: the words and phrases most over-represented in a period against the previous
// period of the same length, ranked by Dunning's G² on document frequencies (see
// log-likelihood.ts and docs/themes.md, "Emerging terms"). Only rising terms are reported.
import type { Db } from "@tidemark/db";
import { z } from "zod";
import { rangeSchema } from "../series/params.ts";
import { addDays, daysInclusive } from "./local-dates.ts";
import { logLikelihoodG2 } from "./log-likelihood.ts";
import { type SeriesTheme, seriesThemes } from "./series-themes.ts";
import { articleEdgeWords, articleTerms, termWords } from "./term-extraction.ts";
import { type PeriodArticle, type PeriodScope, periodArticles } from "./terms-query.ts";

export const emergingTermsParamsSchema = rangeSchema.and(
  z.object({
    /** Only articles hit by this theme's series version, in both periods. */
    themeId: z.uuid().optional(),
    limit: z.number().int().min(1).max(200).default(25),
    /** Articles read per period, newest first; the result says when a period had more. */
    maxArticles: z.number().int().min(10).max(20_000).default(5_000),
    /** Longest phrase, in words (1–3). */
    maxWords: z.number().int().min(1).max(3).default(2),
    /** Fewest current-period articles a term needs: rarer ones are noise, however new. */
    minCount: z.number().int().min(1).max(100_000).default(3),
    /** Minimum G² (10.83 ⇔ p ≤ 0.001 for one degree of freedom). */
    minScore: z.number().min(0).max(1_000_000).default(10.83),
  }),
);

export type EmergingTermsParams = z.output<typeof emergingTermsParamsSchema>;

export interface PeriodSummary {
  from: string;
  to: string;
  /** Articles in the period (after the theme and source filters). */
  articles: number;
  /** Articles read (the newest `maxArticles`); counts and rates refer to these. */
  read: number;
  capped: boolean;
}

export interface EmergingTerm {
  term: string;
  words: number;
  /** Articles read in each period that contain the term (title or text). */
  current: number;
  previous: number;
  currentRate: number;
  previousRate: number;
  g2: number;
}

export interface EmergingTermsResult {
  params: EmergingTermsParams;
  theme: SeriesTheme | null;
  current: PeriodSummary;
  previous: PeriodSummary;
  terms: EmergingTerm[];
}

/** A shorter term is dropped when a better-ranked phrase containing it explains most of it. */
const ABSORB_FRACTION = 0.8;

export async function emergingTerms(
  db: Db,
  input: z.input<typeof emergingTermsParamsSchema>,
): Promise<EmergingTermsResult> {
  const params = emergingTermsParamsSchema.parse(input);
  let theme: SeriesTheme | null = null;
  if (params.themeId) {
    theme = (await seriesThemes(db, [params.themeId]))[0] ?? null;
    if (!theme) throw new Error(`No theme with id ${params.themeId}`);
  }
  const days = daysInclusive(params.from, params.to);
  const prevFrom = addDays(params.from, -days);
  const prevTo = addDays(params.from, -1);
  const scope: PeriodScope = {
    timezone: params.timezone,
    sourceIds: params.sourceIds,
    versionId: theme?.versionId ?? null,
  };
  // A theme without a series version has hit nothing yet: both periods are empty.
  const read = async (from: string, to: string) =>
    theme && !theme.versionId ? [] : periodArticles(db, scope, from, to, params.maxArticles);

  const currentRows = await read(params.from, params.to);
  // No term is in more articles than its edge words, so phrases are only counted when both edge
  // words reach minCount: in news text that skips the millions of phrases that occur once.
  const words = countEach(currentRows, (row) => articleEdgeWords(row.title, row.text), null);
  const terms = {
    maxWords: params.maxWords,
    keepEdge: (w: string) => (words.get(w) ?? 0) >= params.minCount,
  };
  const current = countEach(currentRows, (row) => articleTerms(row.title, row.text, terms), null);
  for (const [term, n] of current) if (n < params.minCount) current.delete(term);
  const previousRows = await read(prevFrom, prevTo);
  // Only terms that can still qualify are counted in the previous period, to bound memory.
  const previous = countEach(previousRows, (row) => articleTerms(row.title, row.text, terms), current);

  const c = currentRows.length;
  const d = previousRows.length;
  const scored: EmergingTerm[] = [];
  for (const [term, a] of current) {
    const b = previous.get(term) ?? 0;
    if (d === 0 || a / c <= b / d) continue; // rising terms only; nothing rises from no baseline
    const g2 = logLikelihoodG2(a, c, b, d);
    if (g2 < params.minScore) continue;
    scored.push({
      term,
      words: termWords(term),
      current: a,
      previous: b,
      currentRate: a / c,
      previousRate: b / d,
      g2,
    });
  }
  scored.sort((x, y) => y.g2 - x.g2 || y.words - x.words || (x.term < y.term ? -1 : 1));

  return {
    params,
    theme,
    current: summary(params.from, params.to, currentRows, params.maxArticles),
    previous: summary(prevFrom, prevTo, previousRows, params.maxArticles),
    terms: absorbSubterms(scored, params.limit),
  };
}

/** In how many rows each key occurs (each row's keys are distinct), optionally only known keys. */
function countEach(
  rows: readonly PeriodArticle[],
  keysOf: (row: PeriodArticle) => Iterable<string>,
  only: ReadonlyMap<string, number> | null,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      if (only && !only.has(key)) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * "data privacy" rising makes "data" and "privacy" rise too; listing all three says the same
 * thing three times. A term is dropped when a phrase ranked above it contains it and accounts
 * for at least 80% of its current articles; words that also rise on their own stay.
 */
function absorbSubterms(ranked: readonly EmergingTerm[], limit: number): EmergingTerm[] {
  const kept: EmergingTerm[] = [];
  for (const term of ranked) {
    if (kept.length >= limit) break;
    const absorbed = kept.some(
      (phrase) =>
        phrase.words > term.words &&
        contains(phrase.term, term.term) &&
        phrase.current >= ABSORB_FRACTION * term.current,
    );
    if (!absorbed) kept.push(term);
  }
  return kept;
}

/** Whole-word containment for spaced terms; substring for unsegmented-script terms. */
function contains(phrase: string, term: string): boolean {
  return phrase.includes(" ") ? ` ${phrase} `.includes(` ${term} `) : phrase.includes(term);
}

function summary(from: string, to: string, rows: readonly PeriodArticle[], cap: number): PeriodSummary {
  const articles = rows[0]?.matched ?? 0;
  return { from, to, articles, read: rows.length, capped: articles > cap };
}
