// `pnpm bench extract`: body and date quality plus throughput, Tidemark vs Readability-on-linkedom,
// on the real dev sets (tuning part and held-out part reported apart) and on the synthetic set.
// All pages are read and decoded before any timing starts; only extraction is timed.
import { decodeHtmlBytes, extractArticle } from "@tidemark/ingest/extract";
import { parseArgs } from "./args.ts";
import { type BodyCase, type DateCase, foldOf, isHeldOut, loadDatasets } from "./dataset.ts";
import { evaluate, type Scored } from "./evaluate.ts";
import { type BenchOutput, pageUrl, readability, tidemark } from "./extractors.ts";
import { type BenchReport, printJson, printTable, type SplitResult } from "./report.ts";
import { generateSynthetic, SYNTHETIC_FETCHED_AT, type SyntheticCase } from "./synthetic/index.ts";
import { evaluateSynthetic } from "./synthetic-evaluate.ts";
import { type Page, subsetPagesPerSecond, timeExtractors } from "./timing.ts";

/** A part of the pages scored apart: its name and which pages (by set and file name) it holds. */
type Split = readonly [name: string, holds: (set: string, page: string, heldOut: boolean) => boolean];

const SPLITS: readonly Split[] = [
  ["dev", (_set, _page, heldOut) => !heldOut],
  ["held-out", (_set, _page, heldOut) => heldOut],
];
const FOLDS: readonly Split[] = [
  ["fold A", (set, page) => foldOf(set, page) === "A"],
  ["fold B", (set, page) => foldOf(set, page) === "B"],
];

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const loaded = await loadDatasets(options.dataDir, options.limit);
  if (options.list) {
    listTuningPages(loaded.body, loaded.dates);
    return;
  }
  // --folds: the held-out part is neither extracted nor scored.
  const tuningOnly = <T extends { heldOut: boolean }>(entries: readonly T[]): T[] =>
    entries.filter((entry) => !options.folds || !entry.heldOut);
  const body = tuningOnly(loaded.body);
  const dates = tuningOnly(loaded.dates);
  const generated = await generateSynthetic(options.dataDir);
  const sampled = options.limit === null ? generated : generated.filter((_, index) => index % 4 === 0);
  const synthetic = sampled.filter((item) => !options.folds || !isHeldOut("synthetic", item.page));
  const splitsOf = options.folds ? FOLDS : SPLITS;
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
    const bodyScored = body.map(({ item, heldOut }, i) => ({
      item,
      set: "extraction-dev",
      heldOut,
      output: at(i),
    }));
    const dateScored = dates.map(({ item, heldOut }, i) => ({
      item,
      set: "dates-dev",
      heldOut,
      output: at(body.length + i),
    }));
    const syntheticScored = synthetic.map((item, i) => ({
      item,
      set: "synthetic",
      heldOut: isHeldOut("synthetic", item.page),
      output: at(body.length + dates.length + i),
    }));
    const splits: SplitResult[] = splitsOf.map(([name, holds]) => ({
      name,
      real: evaluate(pick(bodyScored, holds), pick(dateScored, holds)),
      synthetic: evaluateSynthetic(pick(syntheticScored, holds)),
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
    for (const split of ours.splits.filter((entry) => entry.name !== "held-out"))
      console.log(
        [
          "",
          `Tidemark details (${split.name} part only):`,
          ...split.real.details,
          ...split.synthetic.details,
        ].join("\n"),
      );
  }
}

/** `--list`: byline, authors and word count of every tuning page, one tab-separated line each. */
function listTuningPages(
  body: readonly { item: BodyCase; html: string; heldOut: boolean }[],
  dates: readonly { item: DateCase; html: string; heldOut: boolean }[],
): void {
  const pages = [
    ...body.map((entry) => ({ ...entry, set: "extraction-dev" })),
    ...dates.map((entry) => ({ ...entry, set: "dates-dev" })),
  ].filter((entry) => !entry.heldOut);
  for (const { set, item, html } of pages) {
    const url = pageUrl(item.url);
    const line = (() => {
      try {
        const article = extractArticle(html, url === undefined ? {} : { url });
        return [JSON.stringify(article.byline), JSON.stringify(article.authors), String(article.wordCount)];
      } catch (error) {
        return ["error", error instanceof Error ? error.message : String(error), "0"];
      }
    })();
    console.log([`${set}/${item.page}`, ...line].join("\t"));
  }
}

function pick<T extends { heldOut: boolean; set: string; item: { page: string }; output: BenchOutput }>(
  scored: readonly T[],
  holds: Split[1],
): Scored<T["item"]>[] {
  return scored
    .filter((entry) => holds(entry.set, entry.item.page, entry.heldOut))
    .map(({ item, output }) => ({ item, output }));
}

export type { SyntheticCase };
