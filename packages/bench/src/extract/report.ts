// Prints the comparison table (or JSON) for `pnpm bench extract`.
import type { Evaluation, Ratio } from "./evaluate.ts";
import type { Scores } from "./metrics.ts";

export interface ExtractorResult {
  readonly name: string;
  readonly evaluation: Evaluation;
  readonly pagesPerSecond: number;
  readonly seconds: readonly number[];
}

export interface BenchReport {
  readonly command: string;
  readonly node: string;
  readonly bodyPages: number;
  readonly datePages: number;
  readonly rounds: number;
  readonly results: readonly ExtractorResult[];
  /** Tidemark pages/s divided by Readability pages/s. */
  readonly speedRatio: number;
}

export function printJson(report: BenchReport): void {
  const results = report.results.map(({ name, evaluation, pagesPerSecond, seconds }) => ({
    name,
    body: evaluation.body,
    dates: evaluation.dates,
    metadata: evaluation.metadata,
    errors: evaluation.errors,
    pagesPerSecond,
    seconds,
  }));
  console.log(JSON.stringify({ ...report, results }, null, 2));
}

export function printTable(report: BenchReport): void {
  const lines = [
    `command: ${report.command}`,
    `node ${report.node}; ${report.bodyPages} body pages (extraction-dev) + ${report.datePages} date pages (dates-dev); timed passes: ${report.rounds}`,
    "",
    row([
      "extractor",
      "body P",
      "body R",
      "body F1",
      "body acc",
      "date P",
      "date R",
      "date F1",
      "pages/s",
      "errors",
    ]),
    row(["-".repeat(24), ...Array<string>(9).fill("-".repeat(8))]),
  ];
  for (const { name, evaluation, pagesPerSecond } of report.results) {
    lines.push(
      row([
        name,
        ...scoreCells(evaluation.body, true),
        ...scoreCells(evaluation.dates, false),
        pagesPerSecond.toFixed(1),
        String(evaluation.errors),
      ]),
    );
  }
  lines.push("", `speed ratio Tidemark / Readability: ${report.speedRatio.toFixed(2)}x`, "");
  lines.push("metadata on extraction-dev (pages with a known value):");
  for (const { name, evaluation } of report.results) {
    const { title, author, date } = evaluation.metadata;
    lines.push(`  ${name.padEnd(24)} title ${ratio(title)}  author ${ratio(author)}  date ${ratio(date)}`);
  }
  lines.push("", "counts:");
  for (const { name, evaluation } of report.results) {
    const { body, dates } = evaluation;
    lines.push(
      `  ${name.padEnd(24)} body tp=${body.tp} fn=${body.fn} fp=${body.fp} tn=${body.tn}; dates tp=${dates.tp} fp=${dates.fp} fn=${dates.fn} tn=${dates.tn}`,
    );
  }
  console.log(lines.join("\n"));
}

function scoreCells(scores: Scores, withAccuracy: boolean): string[] {
  const cells = [scores.precision, scores.recall, scores.f1].map((value) => value.toFixed(3));
  return withAccuracy ? [...cells, scores.accuracy.toFixed(3)] : cells;
}

function ratio({ correct, total }: Ratio): string {
  return `${correct}/${total} (${total === 0 ? "-" : ((100 * correct) / total).toFixed(1)}%)`;
}

function row(cells: readonly string[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(24) : cell.padStart(8))).join(" ");
}
