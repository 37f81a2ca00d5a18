// A rule in one line, as the alerts page lists it: what it watches and when it fires.
import type { AlertRule } from "@tidemark/db";

const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;

export function describeRule(
  rule: Pick<AlertRule, "kind" | "threshold" | "windowHours">,
  subject: string,
): string {
  const window = `${rule.windowHours} h`;
  switch (rule.kind) {
    case "new_article":
      return `A new article matches ${subject}`;
    case "spike":
      return `${subject} spikes: ≥ ${rule.threshold ?? 2}× the usual count in ${window}`;
    case "share_above":
      return `Share of ${subject} rises above ${pct(rule.threshold ?? 0)} in ${window}`;
    case "share_below":
      return `Share of ${subject} falls below ${pct(rule.threshold ?? 0)} in ${window}`;
    case "story_outlets":
      return `A story on ${subject} reaches ${rule.threshold ?? 2} outlets`;
    case "source_failing":
      return `${subject} fails for ${window}`;
  }
}
