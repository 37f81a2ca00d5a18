// Per-URL outcomes of `tidemark add`, as readable lines, then the counts.
import type { IntakeOutcome, IntakeSummary } from "@tidemark/intake";

export function printOutcomes(
  outcomes: readonly IntakeOutcome[],
  summary: IntakeSummary,
  queueWarning: string | undefined,
): void {
  for (const o of outcomes) {
    if (o.outcome === "created")
      console.log(`created    ${o.articleId}  ${o.normalizedUrl}${o.queued ? "" : "  (not queued yet)"}`);
    else if (o.outcome === "duplicate") console.log(`duplicate  ${o.articleId}  ${o.input}  — ${o.reason}`);
    else console.log(`invalid    ${o.input}  — ${o.reason}`);
  }
  console.log(`\n${summary.created} created, ${summary.duplicate} duplicate, ${summary.invalid} invalid`);
  if (queueWarning) console.warn(`warning: ${queueWarning}`);
}
