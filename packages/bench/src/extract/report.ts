// Prints the comparison tables (or JSON) for `pnpm bench extract`.
import type { Evaluation, Ratio } from "./evaluate.ts";
import type { Scores } from "./metrics.ts";
import type { SyntheticEvaluation } from "./synthetic-evaluate.ts";

export interface SplitResult {
  /** "dev" (tuned on) or "held-out" (never tuned on). */
  readonly name: string;
  readonly real: Evaluation;
  readonly synthetic: SyntheticEvaluation;
}

export interface ExtractorResult {
  readonly name: string;
  readonly splits: readonly SplitResult[];
  readonly all: Evaluation;
  readonly syntheticAll: SyntheticEvaluation;
  readonly pagesPerSecond: number;
  /** Throughput on the real pages only (extraction-dev and dates-dev). */
  readonly realPagesPerSecond: number;
  /** The same per CPU-second of the process: robust to other load on a shared machine. */
  readonly realPagesPerCpuSecond: number;
  readonly seconds: readonly number[];
}

export interface BenchReport {
  readonly command: string;
  readonly node: string;
  readonly bodyPages: number;
  readonly datePages: number;
  readonly syntheticPages: number;
  readonly heldOut: { readonly body: number; readonly dates: number; readonly synthetic: number };
  readonly rounds: number;
  readonly results: readonly ExtractorResult[];
  /** Tidemark pages/s divided by Readability pages/s. */
  readonly speedRatio: number;
  /** The same ratio on the real pages only. */
  readonly realSpeedRatio: number;
}

export function printJson(report: BenchReport): void {
  const strip = (evaluation: Evaluation) => ({
    body: evaluation.body,
    dates: evaluation.dates,
    metadata: evaluation.metadata,
    errors: evaluation.errors,
  });
  const stripSynthetic = (evaluation: SyntheticEvaluation) => ({
    body: evaluation.body,
    dates: evaluation.dates,
    title: evaluation.title,
    author: evaluation.author,
    handled: evaluation.handled,
    byKind: Object.fromEntries(evaluation.byKind),
  });
  const results = report.results.map((result) => ({
    name: result.name,
    splits: result.splits.map((split) => ({
      name: split.name,
      real: strip(split.real),
      synthetic: stripSynthetic(split.synthetic),
    })),
    all: strip(result.all),
    syntheticAll: stripSynthetic(result.syntheticAll),
    pagesPerSecond: result.pagesPerSecond,
    realPagesPerSecond: result.realPagesPerSecond,
    realPagesPerCpuSecond: result.realPagesPerCpuSecond,
    seconds: result.seconds,
  }));
  console.log(JSON.stringify({ ...report, results }, null, 2));
}

const NAME_WIDTH = 34;

export function printTable(report: BenchReport): void {
  const { heldOut } = report;
  const lines = [
    `command: ${report.command}`,
    `node ${report.node}; timed passes: ${report.rounds}`,
    `${report.bodyPages} body pages (extraction-dev, ${heldOut.body} held out) + ${report.datePages} date pages (dates-dev, ${heldOut.dates} held out) + ${report.syntheticPages} synthetic pages (${heldOut.synthetic} held out)`,
    "",
    "real pages: body = extraction-dev, date = dates-dev; title/author/meta-date on extraction-dev",
    row([
      "extractor / part",
      "body P",
      "body R",
      "body F1",
      "date P",
      "date R",
      "date F1",
      "title",
      "author",
      "auth ex",
      "m-date",
    ]),
    row(["-".repeat(NAME_WIDTH), ...Array<string>(10).fill("-".repeat(7))]),
  ];
  for (const result of report.results) {
    for (const [part, evaluation] of [
      ...result.splits.map((split) => [split.name, split.real] as const),
      ["all", result.all] as const,
    ]) {
      const { title, author, authorExact, date } = evaluation.metadata;
      lines.push(
        row([
          `${result.name} / ${part}`,
          ...scoreCells(evaluation.body),
          ...scoreCells(evaluation.dates),
          percent(title),
          percent(author),
          percent(authorExact),
          percent(date),
        ]),
      );
    }
  }
  lines.push(
    "",
    "synthetic pages (generated with a fixed seed from ../shared/data/corpus; author = exact byline)",
    row([
      "extractor / part",
      "body P",
      "body R",
      "body F1",
      "date P",
      "date R",
      "date F1",
      "title",
      "author",
      "handled",
    ]),
    row(["-".repeat(NAME_WIDTH), ...Array<string>(9).fill("-".repeat(7))]),
  );
  for (const result of report.results) {
    for (const [part, evaluation] of [
      ...result.splits.map((split) => [split.name, split.synthetic] as const),
      ["all", result.syntheticAll] as const,
    ]) {
      lines.push(
        row([
          `${result.name} / ${part}`,
          ...scoreCells(evaluation.body),
          ...scoreCells(evaluation.dates),
          percent(evaluation.title),
          percent(evaluation.author),
          percent(evaluation.handled),
        ]),
      );
    }
  }
  lines.push(
    "",
    "synthetic pages by kind, all parts (body F1 / right publication day / handled as expected):",
  );
  for (const result of report.results) {
    lines.push(`  ${result.name}`);
    for (const [kind, scores] of result.syntheticAll.byKind) {
      const f1 = scores.body.tp + scores.body.fn + scores.body.fp === 0 ? "-" : scores.body.f1.toFixed(3);
      lines.push(
        `    ${kind.padEnd(22)} body F1 ${f1.padStart(5)}  date ${ratio(scores.date).padEnd(16)} handled ${ratio(scores.handled)}`,
      );
    }
  }
  lines.push("", "speed (median over timed passes):");
  for (const result of report.results) {
    lines.push(
      `  ${result.name.padEnd(24)} ${result.realPagesPerSecond.toFixed(1)} pages/s on real pages (${result.realPagesPerCpuSecond.toFixed(1)} per CPU-second), ${result.pagesPerSecond.toFixed(1)} on all`,
    );
  }
  lines.push(
    `  speed ratio Tidemark / Readability: ${report.realSpeedRatio.toFixed(2)}x on real pages, ${report.speedRatio.toFixed(2)}x on all (binary pages are refused at once)`,
  );
  console.log(lines.join("\n"));
}

function scoreCells(scores: Scores): string[] {
  return [scores.precision, scores.recall, scores.f1].map((value) => value.toFixed(3));
}

function percent({ correct, total }: Ratio): string {
  return total === 0 ? "-" : `${((100 * correct) / total).toFixed(1)}%`;
}

function ratio({ correct, total }: Ratio): string {
  return `${correct}/${total}${total === 0 ? "" : ` (${((100 * correct) / total).toFixed(0)}%)`}`;
}

function row(cells: readonly string[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(NAME_WIDTH) : cell.padStart(7))).join(" ");
}
