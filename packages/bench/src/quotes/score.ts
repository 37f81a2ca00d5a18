// Scoring quote detection and speakers against the annotated direct quotes.
//   match: a predicted quote and an annotated one overlap by at least half of the shorter span
//     ("enclosed" and "broad" measures), or by at least half of the predicted span ("quoted").
//   precision: predicted quotes matching some annotated quote / predicted quotes.
//   recall: annotated quotes matched by some predicted quote / annotated quotes.
//   speaker accuracy: among matched predictions, the share whose speaker span overlaps the source
//     span of the best-overlapping annotated quote (or both are null).
//   strict F1 (diagnostic): one-to-one matching, overlap at least half of the LONGER span.
//   precision against any content (diagnostic): predicted quotes matching any annotated content
//     span, direct or indirect / predicted quotes.
import type { GoldSpan } from "./dataset.ts";

export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly speaker: { readonly start: number; readonly end: number } | null;
}

export interface Counts {
  predicted: number;
  gold: number;
  matchedPredicted: number;
  matchedGold: number;
  speakerRight: number;
  strictMatches: number;
  matchedAnyContent: number;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly speakerAccuracy: number;
  readonly strictF1: number;
  readonly precisionAnyContent: number;
  readonly counts: Counts;
}

export function emptyCounts(): Counts {
  return {
    predicted: 0,
    gold: 0,
    matchedPredicted: 0,
    matchedGold: 0,
    speakerRight: 0,
    strictMatches: 0,
    matchedAnyContent: 0,
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

type Span = { readonly start: number; readonly end: number };

/** When a predicted quote (first) counts as finding an annotated span (second). */
export type MatchRule = (predicted: Span, gold: Span) => boolean;

/** Overlap of at least half the shorter of the two spans. */
export const matches: MatchRule = (a, b) => {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap(a, b) >= shorter / 2;
};

/** At least half of the predicted quote lies inside the annotated span (the "quoted" measure). */
export const halfOfPredictionInside: MatchRule = (p, g) => {
  const length = p.end - p.start;
  return length > 0 && overlap(p, g) >= length / 2;
};

function strictlyMatches(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 && overlap(a, b) >= longer / 2;
}

export interface ArticleOutcome {
  readonly missed: readonly GoldSpan[];
  readonly spurious: readonly PredictedQuote[];
  readonly wrongSpeaker: readonly { predicted: PredictedQuote; gold: GoldSpan }[];
}

/** Adds one article's figures to `counts` and returns what went wrong, for --details. */
export function scoreArticle(
  predicted: readonly PredictedQuote[],
  gold: readonly GoldSpan[],
  contents: readonly { start: number; end: number }[],
  counts: Counts,
  match: MatchRule = matches,
): ArticleOutcome {
  counts.predicted += predicted.length;
  counts.matchedAnyContent += predicted.filter((p) => contents.some((c) => match(p, c))).length;
  counts.gold += gold.length;
  const spurious: PredictedQuote[] = [];
  const wrongSpeaker: { predicted: PredictedQuote; gold: GoldSpan }[] = [];
  for (const p of predicted) {
    let best: GoldSpan | null = null;
    for (const g of gold) if (match(p, g) && (!best || overlap(p, g) > overlap(p, best))) best = g;
    if (!best) {
      spurious.push(p);
      continue;
    }
    counts.matchedPredicted += 1;
    const right =
      best.source === null ? p.speaker === null : p.speaker !== null && overlap(p.speaker, best.source) > 0;
    if (right) counts.speakerRight += 1;
    else wrongSpeaker.push({ predicted: p, gold: best });
  }
  const missed = gold.filter((g) => !predicted.some((p) => match(p, g)));
  counts.matchedGold += gold.length - missed.length;
  const used = new Set<number>();
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && strictlyMatches(p, g));
    if (i >= 0) {
      used.add(i);
      counts.strictMatches += 1;
    }
  }
  return { missed, spurious, wrongSpeaker };
}

export function scores(counts: Counts): Scores {
  const precision = counts.predicted ? counts.matchedPredicted / counts.predicted : 0;
  const recall = counts.gold ? counts.matchedGold / counts.gold : 0;
  const strictP = counts.predicted ? counts.strictMatches / counts.predicted : 0;
  const strictR = counts.gold ? counts.strictMatches / counts.gold : 0;
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    speakerAccuracy: counts.matchedPredicted ? counts.speakerRight / counts.matchedPredicted : 0,
    strictF1: harmonic(strictP, strictR),
    precisionAnyContent: counts.predicted ? counts.matchedAnyContent / counts.predicted : 0,
    counts,
  };
}

function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}
