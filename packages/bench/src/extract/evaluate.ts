// Turns extractor outputs into scores against the dev-set answers.
import type { BodyCase, DateCase } from "./dataset.ts";
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

export interface MetadataScores {
  /** Share of extraction-dev pages with a known title whose extracted title matches it. */
  readonly title: Ratio;
  /** Share of extraction-dev pages with a known author whose byline contains it. */
  readonly author: Ratio;
  /** Same pages: the byline is exactly the known author (several authors: the list as written). */
  readonly authorExact: Ratio;
  /** Share of extraction-dev pages with a known date whose publication day matches it. */
  readonly date: Ratio;
}

export interface Ratio {
  readonly correct: number;
  readonly total: number;
}

export interface Evaluation {
  readonly body: Scores;
  readonly dates: Scores;
  readonly metadata: MetadataScores;
  readonly errors: number;
  /** Human-readable per-page problems, for --details. */
  readonly details: string[];
}

export interface Scored<T> {
  readonly item: T;
  readonly output: BenchOutput;
}

export function evaluate(
  bodyCases: readonly Scored<BodyCase>[],
  dateCases: readonly Scored<DateCase>[],
): Evaluation {
  const body = emptyConfusion();
  const dates = emptyConfusion();
  const details: string[] = [];
  const title = { correct: 0, total: 0 };
  const author = { correct: 0, total: 0 };
  const authorExact = { correct: 0, total: 0 };
  const date = { correct: 0, total: 0 };
  for (const { item, output } of bodyCases) {
    const { missed, leaked } = scoreBody(output.text, item.mustContain, item.mustNotContain, body);
    for (const segment of missed) details.push(`body ${item.page} missed: ${segment.slice(0, 100)}`);
    for (const segment of leaked) details.push(`body ${item.page} leaked: ${segment.slice(0, 100)}`);
    if (item.title !== undefined) {
      title.total++;
      if (same(output.title, item.title)) title.correct++;
      else
        details.push(
          `title ${item.page}: got ${JSON.stringify(output.title)} want ${JSON.stringify(item.title)}`,
        );
    }
    if (item.author !== undefined) {
      author.total++;
      authorExact.total++;
      const exact = output.byline !== null && same(output.byline, item.author);
      const contained = output.byline !== null && contains(output.byline, item.author);
      if (exact) authorExact.correct++;
      if (contained) author.correct++;
      if (!exact)
        details.push(
          `author${contained ? " (not exact)" : ""} ${item.page}: got ${JSON.stringify(output.byline)} want ${JSON.stringify(item.author)}`,
        );
    }
    if (item.date !== undefined) {
      date.total++;
      if (toDay(output.publishedAt) === item.date) date.correct++;
      else details.push(`meta-date ${item.page}: got ${output.publishedAt} want ${item.date}`);
    }
  }
  for (const { item, output } of dateCases) {
    const day = toDay(output.publishedAt);
    if (!scoreDay(day, item.date, dates))
      details.push(`date ${item.page}: got ${output.publishedAt} want ${item.date}`);
  }
  const errors = [...bodyCases, ...dateCases].filter(({ output }) => output.error !== null).length;
  return {
    body: summarize(body),
    dates: summarize(dates),
    metadata: { title, author, authorExact, date },
    errors,
    details,
  };
}

function same(a: string | null, b: string): boolean {
  return a !== null && normalizeSpace(a).toLowerCase() === normalizeSpace(b).toLowerCase();
}

function contains(haystack: string, needle: string): boolean {
  return normalizeSpace(haystack).toLowerCase().includes(normalizeSpace(needle).toLowerCase());
}
