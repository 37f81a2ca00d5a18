// Printing results: readable lines for people, one JSON document for scripts (--json).
import type { IntakeOutcome } from "@tidemark/intake";
import { summarize } from "@tidemark/intake";

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printOutcomes(outcomes: IntakeOutcome[], queueWarning: string | undefined): void {
  for (const o of outcomes) {
    if (o.outcome === "created")
      console.log(`created    ${o.articleId}  ${o.normalizedUrl}${o.queued ? "" : "  (not queued yet)"}`);
    else if (o.outcome === "duplicate") console.log(`duplicate  ${o.articleId}  ${o.input}  — ${o.reason}`);
    else console.log(`invalid    ${o.input}  — ${o.reason}`);
  }
  const s = summarize(outcomes);
  console.log(`\n${s.created} created, ${s.duplicate} duplicate, ${s.invalid} invalid`);
  if (queueWarning) console.warn(`warning: ${queueWarning}`);
}
