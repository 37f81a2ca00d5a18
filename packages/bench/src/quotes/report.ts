// Printing `pnpm bench quotes` figures: a table for people, JSON for scripts.
import type { QuoteArticle } from "./dataset.ts";
import { MEASURES, type MeasureName } from "./measures.ts";
import type { ArticleOutcome, Scores } from "./score.ts";

export interface PartScores {
  readonly tuning: Scores;
  readonly heldOut: Scores;
}

export interface SystemResult {
  readonly name: string;
  /** Figures under each measure (measures.ts). */
  readonly measures: Readonly<Record<MeasureName, PartScores>>;
  /** Time spent extracting (all articles), excluding scoring. */
  readonly seconds: number;
}

export interface QuotesReport {
  readonly command: string;
  readonly node: string;
  /** Only the tuning part was scored (--tuning-only). */
  readonly tuningOnly: boolean;
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
  console.log(
    report.tuningOnly
      ? `articles: ${report.articles.tuning} tuning (held-out part not scored)`
      : `articles: ${report.articles.tuning} tuning, ${report.articles.heldOut} held out`,
  );
  console.log("");
  console.log(
    [
      "system".padEnd(16),
      "measure ".padEnd(8),
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
    const rows = MEASURES.flatMap((m) => [
      [m, "tuning", r.measures[m].tuning] as const,
      ...(report.tuningOnly ? [] : [[m, "held-out", r.measures[m].heldOut] as const]),
    ]);
    for (const [definition, part, s] of rows) {
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
  console.log(
    "enclosed: gold = annotated content spans enclosed in quotation marks; match = overlap >= half",
  );
  console.log("          the shorter span.");
  console.log(
    "broad:    gold = enclosed plus content spans at least half inside quotation marks; same match.",
  );
  console.log(
    "quoted:   the issue's measure as inferred (docs/quotes.md): gold = annotated content spans holding",
  );
  console.log(
    "          a pair of double quotation marks; match = >= half of the predicted quote inside the span.",
  );
  console.log("speaker: share of matched quotes whose speaker span overlaps the annotated source.");
  console.log(
    "1:1 F1: one-to-one matching, overlap >= half the longer span. P(any): share of predicted quotes",
  );
  console.log("matching any annotated content span, direct or indirect (with the measure's match rule).");
  console.log("");
  const scope = report.tuningOnly ? "the tuning articles" : "all articles";
  for (const r of report.results) console.log(`${r.name}: ${r.seconds.toFixed(2)} s extracting ${scope}`);
}

export function printDetails(
  outcomes: readonly { article: QuoteArticle; outcome: ArticleOutcome }[],
  limit: number,
  measure: MeasureName,
) {
  console.log(`\nERRORS ON TUNING ARTICLES, measure ${measure}`);
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
