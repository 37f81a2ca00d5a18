// What an alert says: Tidemark's JSON payload for webhooks, a Slack-compatible {text} message, and
// an e-mail subject and body — all from the same rule and events.
import type { AlertRule } from "@tidemark/db";

export interface MessageEvent {
  key: string;
  title: string;
  detail: unknown;
  occurredAt: Date;
}

export interface AlertMessage {
  json: Record<string, unknown>;
  slack: { text: string };
  subject: string;
  text: string;
}

/** A string field of an event's detail (its URL, the evidence sentence), if it has one. */
function detailText(detail: unknown, field: "url" | "evidence"): string | null {
  if (typeof detail !== "object" || detail === null) return null;
  const value = (detail as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
}

export function buildMessage(
  rule: Pick<AlertRule, "id" | "name" | "kind" | "digest">,
  batchKey: string,
  deliveryId: string,
  events: readonly MessageEvent[],
  options: { test?: boolean } = {},
): AlertMessage {
  const head = options.test
    ? `Test message for alert rule “${rule.name}”`
    : events.length === 1
      ? `${rule.name}: ${events[0]?.title}`
      : `${rule.name}: ${events.length} alerts`;
  const lines = events.map((e) => {
    const url = detailText(e.detail, "url");
    const evidence = detailText(e.detail, "evidence");
    return `• ${e.title}${url ? ` — ${url}` : ""}${evidence ? `\n  “${evidence}”` : ""}`;
  });
  return {
    json: {
      type: options.test ? "tidemark.alert.test" : "tidemark.alert",
      deliveryId,
      batch: batchKey,
      rule: { id: rule.id, name: rule.name, kind: rule.kind, digest: rule.digest },
      events: events.map((e) => ({
        key: e.key,
        title: e.title,
        detail: e.detail,
        occurredAt: e.occurredAt.toISOString(),
      })),
    },
    slack: { text: [`*${head}*`, ...lines].join("\n") },
    subject: `[Tidemark] ${head}`.slice(0, 200),
    text: [
      head,
      "",
      ...lines,
      "",
      `Rule: ${rule.name} (${rule.kind}${rule.digest !== "none" ? `, ${rule.digest} digest` : ""})`,
    ].join("\n"),
  };
}
