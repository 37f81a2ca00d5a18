// Printing `pnpm bench quotes` figures: a table for people, JSON for scripts.
import type { QuoteArticle } from "./dataset.ts";
import type { ArticleOutcome, Scores } from "./score.ts";

export interface PartScores {
  readonly tuning: Scores;
  readonly heldOut: Scores;
}

export interface SystemResult {
  readonly name: string;
  /** Gold = annotated content spans enclosed in quotation marks. */
  readonly enclosed: PartScores;
  /** Gold = enclosed spans plus spans at least half inside quotation marks. */
  readonly broad: PartScores;
  /** Time spent extracting (all articles), excluding scoring. */
  readonly seconds: number;
}

export interface QuotesReport {
  readonly command: string;
  readonly node: string;
  readonly articles: { readonly tuning: number; readonly heldOut: number };
  readonly results: readonly SystemResult[];
}

const pct = (x: number) => x.toFixed(3);

export function printReport(report: QuotesReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  console.log(`${report.command}  (node ${report.node})`);
  console.log(`articles: ${report.articles.tuning} tuning, ${report.articles.heldOut} held out`);
  console.log("");
  console.log(
    [
      "system".padEnd(16),
      "gold".padEnd(8),
      "part".padEnd(9),
      "gold",
      "pred",
      "P    ",
      "R    ",
      "F1   ",
      "speaker",
      "1:1 F1",
      "P(any)",
    ].join("  "),
  );
  for (const r of report.results) {
    for (const [definition, part, s] of [
      ["enclosed", "tuning", r.enclosed.tuning],
      ["enclosed", "held-out", r.enclosed.heldOut],
      ["broad", "tuning", r.broad.tuning],
      ["broad", "held-out", r.broad.heldOut],
    ] as const) {
      console.log(
        [
          r.name.padEnd(16),
          definition.padEnd(8),
          part.padEnd(9),
          String(s.counts.gold).padStart(4),
          String(s.counts.predicted).padStart(4),
          pct(s.precision),
          pct(s.recall),
          pct(s.f1),
          pct(s.speakerAccuracy).padEnd(7),
          pct(s.strictF1).padEnd(6),
          pct(s.precisionAnyContent),
        ].join("  "),
      );
    }
  }
  console.log("");
  console.log("gold: enclosed = annotated content spans enclosed in quotation marks;");
  console.log("      broad = enclosed plus content spans at least half inside quotation marks.");
  console.log("match: overlap >= half the shorter span. speaker: share of matched quotes whose speaker span");
  console.log("overlaps the annotated source. 1:1 F1: one-to-one matching, overlap >= half the longer span.");
  console.log("P(any): share of predicted quotes matching any annotated content span, direct or indirect.");
  console.log("");
  for (const r of report.results) console.log(`${r.name}: ${r.seconds.toFixed(2)} s extracting all articles`);
}

export function printDetails(
  outcomes: readonly { article: QuoteArticle; outcome: ArticleOutcome }[],
  limit: number,
) {
  const show = (text: string, start: number, end: number) =>
    JSON.stringify(text.slice(start, end).slice(0, 160));
  const context = (text: string, start: number, end: number) =>
    JSON.stringify(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80)));
  const missed = outcomes.flatMap(({ article, outcome }) => outcome.missed.map((g) => ({ article, g })));
  const spurious = outcomes.flatMap(({ article, outcome }) => outcome.spurious.map((p) => ({ article, p })));
  const wrong = outcomes.flatMap(({ article, outcome }) => outcome.wrongSpeaker.map((w) => ({ article, w })));
  console.log(`\nMISSED (${missed.length})`);
  for (const { article, g } of missed.slice(0, limit))
    console.log(`  ${article.id}: ${context(article.text, g.start, Math.min(g.end, g.start + 100))}`);
  console.log(`\nSPURIOUS (${spurious.length})`);
  for (const { article, p } of spurious.slice(0, limit))
    console.log(`  ${article.id}: ${context(article.text, p.start, p.end)}`);
  console.log(`\nWRONG SPEAKER (${wrong.length})`);
  for (const { article, w } of wrong.slice(0, limit)) {
    const t = article.text;
    const gold = w.gold.source ? show(t, w.gold.source.start, w.gold.source.end) : "null";
    const ours = w.predicted.speaker ? show(t, w.predicted.speaker.start, w.predicted.speaker.end) : "null";
    console.log(
      `  ${article.id}: gold ${gold} ours ${ours} in ${context(t, w.predicted.start, w.predicted.end)}`,
    );
  }
}
