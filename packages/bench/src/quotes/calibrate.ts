// `pnpm bench quotes --calibrate`: how the "quoted" measure was chosen. The issue states that a
// regular-expression baseline scores .915 F1 and 22% speaker under its measure; this prints, on the
// TUNING articles only, what plain regex baselines score under each plausible reading of the
// issue's words, so the reading that reproduces the stated figure can be picked (docs/quotes.md).
import type { QuoteArticle } from "./dataset.ts";
import {
  type Counts,
  emptyCounts,
  halfOfPredictionInside,
  type MatchRule,
  matches,
  type PredictedQuote,
  scoreArticle,
  scores,
} from "./score.ts";

/** Quoted stretches: “…” and "…" only, or also the doubled apostrophes ''…'' of some newspapers. */
const MARKS = {
  '“…” "…"': /[“"][^“”"\n]+[”"]/gu,
  "+ ''…''": /[“"][^“”"\n]+[”"]|''(?:(?!'')[^\n])+''/gu,
} as const;

/** Speaker right after the closing mark: "said X" or "X said", or only "X said". */
const SPEAKERS = {
  "said X | X said":
    /^,?\s*(?:(?:said|says)\s+((?:[A-Z][\w.'-]*\s?)+)|((?:[A-Z][\w.'-]*\s?)+|he|she|they)\s+(?:said|says))\b/u,
  "X said": /^,?\s*((?:[A-Z][\w.'-]*\s?)+|he|she|they)\s+(?:said|says)\b/u,
} as const;

function regexBaseline(marks: RegExp, minWords: number, speaker: RegExp) {
  return (text: string): PredictedQuote[] => {
    const out: PredictedQuote[] = [];
    for (const m of text.matchAll(marks)) {
      const inner = m[0].replace(/^(?:''|.)|(?:''|.)$/gu, "");
      if (inner.trim().split(/\s+/u).filter(Boolean).length < minWords) continue;
      const end = m.index + m[0].length;
      const rest = text.slice(end, end + 120);
      const s = speaker.exec(rest);
      const name = (s?.[1] ?? s?.[2] ?? "").trim();
      const at = name === "" ? -1 : end + rest.indexOf(name, s?.[0].startsWith(",") ? 1 : 0);
      out.push({ start: m.index, end, speaker: at < 0 ? null : { start: at, end: at + name.length } });
    }
    return out;
  };
}

const READINGS: readonly {
  gold: string;
  match: string;
  pick: (
    a: QuoteArticle,
  ) => readonly { start: number; end: number; source: { start: number; end: number } | null }[];
  rule: MatchRule;
}[] = [
  {
    gold: "enclosed",
    match: "half shorter",
    pick: (a) => a.gold.filter((g) => g.kind === "enclosed"),
    rule: matches,
  },
  { gold: "broad", match: "half shorter", pick: (a) => a.gold, rule: matches },
  { gold: "holds a pair", match: "half shorter", pick: (a) => a.quoted, rule: matches },
  {
    gold: "enclosed",
    match: "half of pred.",
    pick: (a) => a.gold.filter((g) => g.kind === "enclosed"),
    rule: halfOfPredictionInside,
  },
  { gold: "broad", match: "half of pred.", pick: (a) => a.gold, rule: halfOfPredictionInside },
  { gold: "holds a pair", match: "half of pred.", pick: (a) => a.quoted, rule: halfOfPredictionInside },
];

/** F1 when a predicted quote counts as right if it matches any annotated content span. */
function anyF1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

export function printCalibration(articles: readonly QuoteArticle[]): void {
  const tuning = articles.filter((a) => a.part === "tuning");
  console.log(
    `\nCALIBRATION (tuning articles only: ${tuning.length}); the issue's baseline: F1 0.915, speaker 22%`,
  );
  console.log(
    [
      "gold".padEnd(12),
      "match".padEnd(13),
      "marks".padEnd(10),
      "words",
      "speaker rule".padEnd(15),
      "P    ",
      "R    ",
      "F1   ",
      "speaker",
      "F1 if right = any content",
    ].join("  "),
  );
  for (const reading of READINGS)
    for (const [marksName, marks] of Object.entries(MARKS))
      for (const minWords of [1, 2, 3, 4])
        for (const [speakerName, speaker] of Object.entries(SPEAKERS)) {
          const predict = regexBaseline(marks, minWords, speaker);
          const counts: Counts = emptyCounts();
          for (const a of tuning)
            scoreArticle(predict(a.text), reading.pick(a), a.contents, counts, reading.rule);
          const s = scores(counts);
          console.log(
            [
              reading.gold.padEnd(12),
              reading.match.padEnd(13),
              marksName.padEnd(10),
              `>=${minWords}`.padEnd(5),
              speakerName.padEnd(15),
              s.precision.toFixed(3),
              s.recall.toFixed(3),
              s.f1.toFixed(3),
              s.speakerAccuracy.toFixed(3).padEnd(7),
              anyF1(s.precisionAnyContent, s.recall).toFixed(3),
            ].join("  "),
          );
        }
}
