// Scoring, as in trafilatura's and htmldate's evaluations.
//  Body: a mustContain segment found in the text is a true positive, missed a false negative; a
//  mustNotContain segment found is a false positive, absent a true negative. Whitespace-normalised.
//  Dates: right day = TP, wrong day = FP, no answer = FN; for undated pages any answer is FP, none TN.

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Confusion {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface BodyOutcome {
  readonly missed: string[];
  readonly leaked: string[];
}

export function scoreBody(
  text: string,
  mustContain: readonly string[],
  mustNotContain: readonly string[],
  into: Confusion,
): BodyOutcome {
  const haystack = normalizeSpace(text);
  const missed: string[] = [];
  const leaked: string[] = [];
  for (const segment of mustContain) {
    if (haystack.includes(normalizeSpace(segment))) into.tp++;
    else {
      into.fn++;
      missed.push(segment);
    }
  }
  for (const segment of mustNotContain) {
    if (haystack.includes(normalizeSpace(segment))) {
      into.fp++;
      leaked.push(segment);
    } else into.tn++;
  }
  return { missed, leaked };
}

/** Returns true when the answer counts as correct (TP or TN). */
export function scoreDay(predicted: string | null, truth: string | null, into: Confusion): boolean {
  if (truth === null) {
    if (predicted === null) into.tn++;
    else into.fp++;
    return predicted === null;
  }
  if (predicted === null) into.fn++;
  else if (predicted === truth) into.tp++;
  else into.fp++;
  return predicted === truth;
}

export function summarize(c: Confusion): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = c.tp + c.fp + c.fn + c.tn;
  const accuracy = total === 0 ? 0 : (c.tp + c.tn) / total;
  return { ...c, precision, recall, f1, accuracy };
}

/** First YYYY-MM-DD of an ISO string, else the UTC day of whatever Date can parse. */
export function toDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso?.[1] !== undefined) return iso[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
