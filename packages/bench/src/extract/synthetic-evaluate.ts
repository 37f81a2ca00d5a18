// Scores on the synthetic set: body and dates as for the real sets, plus refusals of non-HTML
// input, and per-kind figures so that each shape of page the issue lists is visible on its own.
import type { Ratio } from "./evaluate.ts";
import type { BenchOutput } from "./extractors.ts";
import {
  emptyConfusion,
  normalizeSpace,
  type Scores,
  scoreBody,
  scoreDay,
  summarize,
  toDay,
} from "./metrics.ts";
import type { SyntheticCase } from "./synthetic/index.ts";

export interface KindScores {
  readonly body: Scores;
  /** Pages with an expected date whose publication day is right. */
  readonly date: Ratio;
  /** Pages answered (or refused) as expected: no error where none is due, the right error code. */
  readonly handled: Ratio;
}

export interface SyntheticEvaluation {
  readonly body: Scores;
  readonly dates: Scores;
  readonly title: Ratio;
  readonly author: Ratio;
  readonly handled: Ratio;
  readonly byKind: ReadonlyMap<string, KindScores>;
  readonly details: string[];
}

interface Tally {
  body: ReturnType<typeof emptyConfusion>;
  date: { correct: number; total: number };
  handled: { correct: number; total: number };
}

export function evaluateSynthetic(
  scored: ReadonlyArray<{ readonly item: SyntheticCase; readonly output: BenchOutput }>,
): SyntheticEvaluation {
  const body = emptyConfusion();
  const dates = emptyConfusion();
  const title = { correct: 0, total: 0 };
  const author = { correct: 0, total: 0 };
  const handled = { correct: 0, total: 0 };
  const kinds = new Map<string, Tally>();
  const details: string[] = [];
  for (const { item, output } of scored) {
    let tally = kinds.get(item.kind);
    if (tally === undefined) {
      tally = { body: emptyConfusion(), date: { correct: 0, total: 0 }, handled: { correct: 0, total: 0 } };
      kinds.set(item.kind, tally);
    }
    const ok = item.expectError === undefined ? output.error === null : output.errorCode === item.expectError;
    handled.total++;
    tally.handled.total++;
    if (ok) {
      handled.correct++;
      tally.handled.correct++;
    } else details.push(`handling ${item.page}: error ${output.errorCode ?? output.error ?? "none"}`);
    if (item.expectError !== undefined) continue;
    for (const into of [body, tally.body])
      scoreBody(output.text, item.mustContain, item.mustNotContain, into);
    const { missed, leaked } = scoreBody(
      output.text,
      item.mustContain,
      item.mustNotContain,
      emptyConfusion(),
    );
    for (const segment of missed) details.push(`body ${item.page} missed: ${segment.slice(0, 100)}`);
    for (const segment of leaked) details.push(`body ${item.page} leaked: ${segment.slice(0, 100)}`);
    if (item.date !== undefined) {
      const day = toDay(output.publishedAt);
      const right = scoreDay(day, item.date, dates);
      tally.date.total++;
      if (right) tally.date.correct++;
      else details.push(`date ${item.page}: got ${output.publishedAt} want ${item.date}`);
    }
    if (item.title !== undefined) {
      title.total++;
      if (output.title !== null && normalizeSpace(output.title) === normalizeSpace(item.title))
        title.correct++;
      else
        details.push(
          `title ${item.page}: got ${JSON.stringify(output.title)} want ${JSON.stringify(item.title)}`,
        );
    }
    if (item.author !== undefined) {
      author.total++;
      if (output.byline !== null && normalizeSpace(output.byline) === normalizeSpace(item.author))
        author.correct++;
      else
        details.push(
          `author ${item.page}: got ${JSON.stringify(output.byline)} want ${JSON.stringify(item.author)}`,
        );
    }
  }
  const byKind = new Map<string, KindScores>();
  for (const [kind, tally] of kinds) {
    byKind.set(kind, { body: summarize(tally.body), date: tally.date, handled: tally.handled });
  }
  return { body: summarize(body), dates: summarize(dates), title, author, handled, byKind, details };
}
