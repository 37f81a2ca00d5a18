// `pnpm bench quotes`: direct-quote detection and speaker accuracy on the quotes dev set, Tidemark
// vs two regular-expression baselines, under three measures (docs/quotes.md), on the tuning part
// and the held-out part separately.
import { extractQuotes } from "@tidemark/quotes";
import { parseArgs } from "./args.ts";
import { baselineQuotes, calibratedBaselineQuotes } from "./baseline.ts";
import { printCalibration } from "./calibrate.ts";
import { type GoldSpan, loadQuoteArticles, type QuoteArticle } from "./dataset.ts";
import { MEASURES, type MeasureName } from "./measures.ts";
import { printDetails, printReport, type QuotesReport, type SystemResult } from "./report.ts";
import {
  type ArticleOutcome,
  type Counts,
  emptyCounts,
  halfOfPredictionInside,
  type MatchRule,
  matches,
  type PredictedQuote,
  scoreArticle,
  scores,
} from "./score.ts";

interface System {
  readonly name: string;
  readonly predict: (text: string) => PredictedQuote[];
}

const SYSTEMS: readonly System[] = [
  { name: "tidemark", predict: (text) => extractQuotes(text) },
  { name: "regex baseline", predict: baselineQuotes },
  { name: "calibrated regex", predict: calibratedBaselineQuotes },
];

/** Each measure's gold spans and match rule. */
const MEASURE_RULES: Record<
  MeasureName,
  { gold: (a: QuoteArticle) => readonly GoldSpan[]; match: MatchRule }
> = {
  enclosed: { gold: (a) => a.gold.filter((g) => g.kind === "enclosed"), match: matches },
  broad: { gold: (a) => a.gold, match: matches },
  quoted: { gold: (a) => a.quoted, match: halfOfPredictionInside },
};

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const loaded = await loadQuoteArticles(options.dataDir);
  // --tuning-only: the held-out part is not even extracted, so rule work cannot peek at it.
  const articles = options.tuningOnly ? loaded.filter((a) => a.part === "tuning") : loaded;
  const results: SystemResult[] = [];
  const tuningOutcomes: Record<MeasureName, { article: QuoteArticle; outcome: ArticleOutcome }[]> = {
    enclosed: [],
    broad: [],
    quoted: [],
  };
  for (const system of SYSTEMS) {
    const counts = Object.fromEntries(
      MEASURES.map((m) => [m, { tuning: emptyCounts(), heldOut: emptyCounts() }]),
    ) as Record<MeasureName, { tuning: Counts; heldOut: Counts }>;
    let seconds = 0;
    for (const article of articles) {
      const started = performance.now();
      const predicted = system.predict(article.text);
      seconds += (performance.now() - started) / 1000;
      const part = article.part === "tuning" ? "tuning" : "heldOut";
      for (const measure of MEASURES) {
        const rule = MEASURE_RULES[measure];
        const outcome = scoreArticle(
          predicted,
          rule.gold(article),
          article.contents,
          counts[measure][part],
          rule.match,
        );
        if (system.name === "tidemark" && part === "tuning")
          tuningOutcomes[measure].push({ article, outcome });
      }
    }
    const measures = Object.fromEntries(
      MEASURES.map((m) => [m, { tuning: scores(counts[m].tuning), heldOut: scores(counts[m].heldOut) }]),
    ) as SystemResult["measures"];
    results.push({ name: system.name, measures, seconds });
  }
  const report: QuotesReport = {
    command: ["pnpm bench quotes", ...args].join(" "),
    node: process.version,
    tuningOnly: options.tuningOnly,
    articles: {
      tuning: articles.filter((a) => a.part === "tuning").length,
      heldOut: articles.filter((a) => a.part === "held-out").length,
    },
    results,
  };
  printReport(report, options.json);
  if (options.calibrate) printCalibration(articles);
  if (options.details > 0) printDetails(tuningOutcomes[options.measure], options.details, options.measure);
}
