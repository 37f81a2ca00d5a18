/** What happened to one submitted item, reported back to the user line by line. */
export type IntakeOutcome =
  | { input: string; outcome: "created"; articleId: string; normalizedUrl: string; queued: boolean }
  | { input: string; outcome: "duplicate"; articleId: string; normalizedUrl: string; reason: string }
  | { input: string; outcome: "invalid"; reason: string };

export interface IntakeSummary {
  created: number;
  duplicate: number;
  invalid: number;
}

export function summarize(outcomes: IntakeOutcome[]): IntakeSummary {
  const summary: IntakeSummary = { created: 0, duplicate: 0, invalid: 0 };
  for (const o of outcomes) summary[o.outcome] += 1;
  return summary;
}
