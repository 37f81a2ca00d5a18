// Sending due deliveries. A delivery row is claimed (pending → sending) in one UPDATE … SKIP LOCKED,
// so two workers never send the same one; it then becomes sent, or pending again with backoff
// (30 s · 2^attempts), or failed after MAX_ATTEMPTS. A worker that died mid-send leaves the row
// "sending"; after STALE_CLAIM_MS it is tried again (receivers can dedupe on the delivery id
// header: that window is the only way a message can arrive twice).
import type { AlertRule, Db } from "@tidemark/db";
import { sendEmail } from "./email.ts";
import { alertsEnv } from "./env.ts";
import { buildMessage, type MessageEvent } from "./message.ts";
import { DeliveryError, postWebhook } from "./webhook.ts";

export const MAX_ATTEMPTS = 6;
export const STALE_CLAIM_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 30_000;

export interface DeliverySummary {
  sent: number;
  retrying: number;
  failed: number;
}

interface Claimed {
  id: string;
  rule_id: string;
  channel: string;
  batch_key: string;
  attempts: number;
}

/** Where e-mail goes (default: SMTP_URL from the environment). */
export interface DeliveryOptions {
  smtpUrl?: string | undefined;
  /** Exact host:port pairs a webhook may reach although private (tests); default TIDEMARK_FETCH_ALLOW_HOSTS. */
  allowHosts?: readonly string[] | undefined;
}

export async function sendDueDeliveries(
  db: Db,
  now = new Date(),
  options: DeliveryOptions = {},
  limit = 50,
): Promise<DeliverySummary> {
  await db.$executeRaw`
    UPDATE alert_deliveries SET status = 'pending'
    WHERE status = 'sending' AND claimed_at < ${new Date(now.getTime() - STALE_CLAIM_MS)}`;
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE alert_deliveries d SET status = 'sending', claimed_at = ${now}, attempts = d.attempts + 1
    WHERE d.id IN (
      SELECT id FROM alert_deliveries WHERE status = 'pending' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING d.id::text, d.rule_id::text, d.channel, d.batch_key, d.attempts`;
  const summary: DeliverySummary = { sent: 0, retrying: 0, failed: 0 };
  for (const d of claimed) {
    const outcome = await attempt(db, d, options);
    summary[outcome] += 1;
  }
  return summary;
}

async function attempt(db: Db, d: Claimed, options: DeliveryOptions): Promise<keyof DeliverySummary> {
  const rule = await db.alertRule.findUnique({ where: { id: d.rule_id } });
  if (!rule) return "failed"; // deleted with its deliveries (cascade)
  const events = await db.alertEvent.findMany({
    where: { ruleId: rule.id, batchKey: d.batch_key },
    orderBy: { occurredAt: "asc" },
    select: { key: true, title: true, detail: true, occurredAt: true },
  });
  try {
    const response = await send(rule, d.channel, d.batch_key, d.id, events, options);
    await db.alertDelivery.update({
      where: { id: d.id },
      data: { status: "sent", sentAt: new Date(), response, lastError: null },
    });
    return "sent";
  } catch (error) {
    if (!(error instanceof DeliveryError)) throw error;
    const final = d.attempts >= MAX_ATTEMPTS;
    await db.alertDelivery.update({
      where: { id: d.id },
      data: {
        status: final ? "failed" : "pending",
        lastError: error.message.slice(0, 500),
        response: error.response,
        nextAttemptAt: new Date(Date.now() + BACKOFF_BASE_MS * 2 ** (d.attempts - 1)),
      },
    });
    return final ? "failed" : "retrying";
  }
}

export async function send(
  rule: AlertRule,
  channel: string,
  batchKey: string,
  deliveryId: string,
  events: readonly MessageEvent[],
  options: DeliveryOptions & { test?: boolean } = {},
): Promise<string> {
  const message = buildMessage(rule, batchKey, deliveryId, events, options);
  if (channel === "webhook" && rule.webhookUrl)
    return postWebhook(rule.webhookUrl, rule.webhookFormat === "slack" ? message.slack : message.json, {
      secret: rule.webhookSecret,
      deliveryId,
      allowHosts: options.allowHosts,
    });
  if (channel === "email" && rule.emailTo)
    return sendEmail(rule.emailTo, message, "smtpUrl" in options ? options.smtpUrl : alertsEnv.SMTP_URL);
  throw new DeliveryError(`the rule has no ${channel} channel any more`, null);
}

/**
 * "Test" in the dashboard: one message per channel now, recorded in the history like any other
 * delivery (batch "test:<time>"), with the result returned.
 */
export async function sendTestAlert(
  db: Db,
  ruleId: string,
  options: DeliveryOptions = {},
): Promise<{ channel: string; status: "sent" | "failed"; response: string | null; error: string | null }[]> {
  const rule = await db.alertRule.findUniqueOrThrow({ where: { id: ruleId } });
  const batchKey = `test:${new Date().toISOString()}`;
  const results = [];
  for (const channel of [...(rule.webhookUrl ? ["webhook"] : []), ...(rule.emailTo ? ["email"] : [])]) {
    const row = await db.alertDelivery.create({
      data: { ruleId, channel, batchKey, events: 0, status: "sending", attempts: 1, claimedAt: new Date() },
    });
    try {
      const response = await send(rule, channel, batchKey, row.id, [], { ...options, test: true });
      await db.alertDelivery.update({
        where: { id: row.id },
        data: { status: "sent", sentAt: new Date(), response },
      });
      results.push({ channel, status: "sent" as const, response, error: null });
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error;
      await db.alertDelivery.update({
        where: { id: row.id },
        data: { status: "failed", lastError: error.message.slice(0, 500), response: error.response },
      });
      results.push({ channel, status: "failed" as const, response: error.response, error: error.message });
    }
  }
  return results;
}
