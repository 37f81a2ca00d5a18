// `pnpm bench extract`: body and date quality plus throughput, Tidemark vs Readability-on-linkedom.
// All pages are read and decoded before any timing starts; only extraction is timed.
import { parseArgs } from "./args.ts";
import { loadDatasets } from "./dataset.ts";
import { evaluate } from "./evaluate.ts";
import { pageUrl, readability, tidemark } from "./extractors.ts";
import { type BenchReport, printJson, printTable } from "./report.ts";
import { timeExtractors } from "./timing.ts";

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const { body, dates } = await loadDatasets(options.dataDir, options.limit);
  const pages = [
    ...body.map(({ item, html }) => ({ html, url: pageUrl(item.url) })),
    ...dates.map(({ item, html }) => ({ html, url: pageUrl(item.url) })),
  ];
  const extractors = [tidemark, readability];
  const runs = timeExtractors(extractors, pages, options.rounds);
  const results = extractors.map((extractor, index) => {
    const timed = runs[index];
    if (timed === undefined) throw new Error(`no timing for ${extractor.name}`);
    return {
      name: extractor.name,
      evaluation: evaluate(body, dates, timed.outputs),
      pagesPerSecond: timed.pagesPerSecond,
      seconds: timed.seconds,
    };
  });
  const [ours, theirs] = results;
  const report: BenchReport = {
    command: ["pnpm bench extract", ...args].join(" "),
    node: process.version,
    bodyPages: body.length,
    datePages: dates.length,
    rounds: options.rounds,
    results,
    speedRatio:
      ours !== undefined && theirs !== undefined ? ours.pagesPerSecond / theirs.pagesPerSecond : Number.NaN,
  };
  if (options.json) printJson(report);
  else printTable(report);
  if (options.details && ours !== undefined)
    console.log(["", "Tidemark details:", ...ours.evaluation.details].join("\n"));
}
