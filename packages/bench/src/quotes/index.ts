// `pnpm bench quotes`: direct-quote detection and speaker accuracy on the quotes dev set, Tidemark
// vs a regular-expression baseline, on the tuning part and the held-out part separately.
import { extractQuotes } from "@tidemark/quotes";
import { parseArgs } from "./args.ts";
import { baselineQuotes } from "./baseline.ts";
import { loadQuoteArticles, type QuoteArticle } from "./dataset.ts";
import { printDetails, printReport, type QuotesReport, type SystemResult } from "./report.ts";
import { type ArticleOutcome, emptyCounts, type PredictedQuote, scoreArticle, scores } from "./score.ts";

interface System {
  readonly name: string;
  readonly predict: (text: string) => PredictedQuote[];
}

const SYSTEMS: readonly System[] = [
  { name: "tidemark", predict: (text) => extractQuotes(text) },
  { name: "regex baseline", predict: baselineQuotes },
];

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const articles = await loadQuoteArticles(options.dataDir);
  const results: SystemResult[] = [];
  const tuningOutcomes: { article: QuoteArticle; outcome: ArticleOutcome }[] = [];
  for (const system of SYSTEMS) {
    const counts = {
      enclosed: { tuning: emptyCounts(), heldOut: emptyCounts() },
      broad: { tuning: emptyCounts(), heldOut: emptyCounts() },
    };
    let seconds = 0;
    for (const article of articles) {
      const started = performance.now();
      const predicted = system.predict(article.text);
      seconds += (performance.now() - started) / 1000;
      const part = article.part === "tuning" ? "tuning" : "heldOut";
      const enclosed = article.gold.filter((g) => g.kind === "enclosed");
      const outcome = scoreArticle(predicted, enclosed, article.contents, counts.enclosed[part]);
      scoreArticle(predicted, article.gold, article.contents, counts.broad[part]);
      if (system.name === "tidemark" && part === "tuning") tuningOutcomes.push({ article, outcome });
    }
    results.push({
      name: system.name,
      enclosed: { tuning: scores(counts.enclosed.tuning), heldOut: scores(counts.enclosed.heldOut) },
      broad: { tuning: scores(counts.broad.tuning), heldOut: scores(counts.broad.heldOut) },
      seconds,
    });
  }
  const report: QuotesReport = {
    command: ["pnpm bench quotes", ...args].join(" "),
    node: process.version,
    articles: {
      tuning: articles.filter((a) => a.part === "tuning").length,
      heldOut: articles.filter((a) => a.part === "held-out").length,
    },
    results,
  };
  printReport(report, options.json);
  if (options.details > 0) printDetails(tuningOutcomes, options.details);
}
