// @tidemark/alerts: alert rules on themes, search queries and sources, evaluated by the worker into keyed events,
// batched (per event or hourly/daily digests) into deliveries that are sent once by webhook or
// e-mail, with retries and a history — all recorded in Postgres.
export {
  type DeliveryOptions,
  type DeliverySummary,
  MAX_ATTEMPTS,
  STALE_CLAIM_MS,
  sendDueDeliveries,
  sendTestAlert,
} from "./deliver.ts";
export { alertsEnv } from "./env.ts";
export { batchEvents, channelsOf, type EvaluationSummary, evaluateAlerts } from "./evaluate-all.ts";
export { evaluateRule, type Finding } from "./evaluate-rule.ts";
export { buildMessage } from "./message.ts";
export { queryScanAfterEdit } from "./query-rule-edit.ts";
export {
  InvalidRuleQueryError,
  QUERY_SCAN_LIMIT,
  QUERY_SCAN_PAGE,
  SETTLE_MS,
  SPIKE_WINDOWS,
  scanQuery,
} from "./query-scan.ts";
export { type RecentMatch, recentQueryMatches } from "./recent-matches.ts";
export {
  ALERT_DIGESTS,
  ALERT_KINDS,
  type AlertKind,
  type AlertRuleInput,
  type AlertRuleUpdate,
  alertRuleCreateSchema,
  alertRuleUpdateSchema,
  checkMergedRule,
  KIND_USES,
  WEBHOOK_FORMATS,
} from "./rule-input.ts";
export {
  ANSWER_BYTES,
  DELIVERY_HEADER,
  DeliveryError,
  SIGNATURE_HEADER,
  signature,
  TIMESTAMP_HEADER,
} from "./webhook.ts";
export { allowHostHint, checkWebhookAddress, webhookUrlProblem } from "./webhook-address.ts";
