// `pnpm bench extract`: body and date quality plus throughput, Tidemark vs Readability-on-linkedom,
// on the real dev sets (tuning part and held-out part reported apart) and on the synthetic set.
// All pages are read and decoded before any timing starts; only extraction is timed.
import { decodeHtmlBytes } from "@tidemark/ingest/extract";
import { parseArgs } from "./args.ts";
import { isHeldOut, loadDatasets } from "./dataset.ts";
import { evaluate, type Scored } from "./evaluate.ts";
import { type BenchOutput, pageUrl, readability, tidemark } from "./extractors.ts";
import { type BenchReport, printJson, printTable, type SplitResult } from "./report.ts";
import { generateSynthetic, SYNTHETIC_FETCHED_AT, type SyntheticCase } from "./synthetic/index.ts";
import { evaluateSynthetic } from "./synthetic-evaluate.ts";
import { type Page, subsetPagesPerSecond, timeExtractors } from "./timing.ts";

const SPLITS = [
  ["dev", false],
  ["held-out", true],
] as const;

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const { body, dates } = await loadDatasets(options.dataDir, options.limit);
  const generated = await generateSynthetic(options.dataDir);
  const synthetic = options.limit === null ? generated : generated.filter((_, index) => index % 4 === 0);
  const pages: Page[] = [
    ...body.map(({ item, html }) => ({ html, url: pageUrl(item.url) })),
    ...dates.map(({ item, html }) => ({ html, url: pageUrl(item.url) })),
    ...synthetic.map((item) => ({
      html: decodeHtmlBytes(item.bytes),
      url: item.url,
      fetchedAt: SYNTHETIC_FETCHED_AT,
    })),
  ];
  const realPages = body.length + dates.length;
  const extractors = [tidemark, readability];
  const runs = timeExtractors(extractors, pages, options.rounds);
  const results = extractors.map((extractor, index) => {
    const timed = runs[index];
    if (timed === undefined) throw new Error(`no timing for ${extractor.name}`);
    const outputs = timed.outputs;
    const at = (position: number): BenchOutput => {
      const output = outputs[position];
      if (output === undefined) throw new Error(`no output for page ${position}`);
      return output;
    };
    const bodyScored = body.map(({ item, heldOut }, i) => ({ item, heldOut, output: at(i) }));
    const dateScored = dates.map(({ item, heldOut }, i) => ({ item, heldOut, output: at(body.length + i) }));
    const syntheticScored = synthetic.map((item, i) => ({
      item,
      heldOut: isHeldOut("synthetic", item.page),
      output: at(body.length + dates.length + i),
    }));
    const splits: SplitResult[] = SPLITS.map(([name, heldOut]) => ({
      name,
      real: evaluate(pick(bodyScored, heldOut), pick(dateScored, heldOut)),
      synthetic: evaluateSynthetic(pick(syntheticScored, heldOut)),
    }));
    return {
      name: extractor.name,
      splits,
      all: evaluate(bodyScored, dateScored),
      syntheticAll: evaluateSynthetic(syntheticScored),
      pagesPerSecond: timed.pagesPerSecond,
      realPagesPerSecond: subsetPagesPerSecond(timed, (page) => page < realPages),
      realPagesPerCpuSecond: subsetPagesPerSecond(timed, (page) => page < realPages, "cpu"),
      seconds: timed.seconds,
    };
  });
  const [ours, theirs] = results;
  const report: BenchReport = {
    command: ["pnpm bench extract", ...args].join(" "),
    node: process.version,
    bodyPages: body.length,
    datePages: dates.length,
    syntheticPages: synthetic.length,
    heldOut: {
      body: body.filter((entry) => entry.heldOut).length,
      dates: dates.filter((entry) => entry.heldOut).length,
      synthetic: synthetic.filter((item) => isHeldOut("synthetic", item.page)).length,
    },
    rounds: options.rounds,
    results,
    speedRatio:
      ours !== undefined && theirs !== undefined ? ours.pagesPerSecond / theirs.pagesPerSecond : Number.NaN,
    realSpeedRatio:
      ours !== undefined && theirs !== undefined
        ? ours.realPagesPerSecond / theirs.realPagesPerSecond
        : Number.NaN,
  };
  if (options.json) printJson(report);
  else printTable(report);
  if (options.details && ours !== undefined) {
    // Details of the tuning part only: held-out misses are not for reading while tuning.
    const dev = ours.splits.find((split) => split.name === "dev");
    if (dev !== undefined)
      console.log(
        ["", "Tidemark details (dev part only):", ...dev.real.details, ...dev.synthetic.details].join("\n"),
      );
  }
}

function pick<T extends { heldOut: boolean; item: unknown; output: BenchOutput }>(
  scored: readonly T[],
  heldOut: boolean,
): Scored<T["item"]>[] {
  return scored.filter((entry) => entry.heldOut === heldOut).map(({ item, output }) => ({ item, output }));
}

export type { SyntheticCase };
