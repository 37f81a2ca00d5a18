// An alert rule as the API shows it: the webhook secret is never sent back, only whether one is set.
import type { AlertRule } from "@tidemark/db";

export function alertRuleJson(rule: AlertRule) {
  const { webhookSecret, ...rest } = rule;
  return { ...rest, hasWebhookSecret: webhookSecret !== null };
}
