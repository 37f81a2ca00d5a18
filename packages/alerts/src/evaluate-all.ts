// One evaluation pass (the worker runs it every minute): every enabled rule records what it notices
// as events, then events are put in delivery batches — one per event, or one per closed digest
// period (hourly/daily, UTC) — with one delivery row per channel. Everything is keyed and unique in
// Postgres, so a repeated pass, two workers at once, or a pass after a crash add nothing twice.
import type { AlertRule, Db } from "@tidemark/db";
import { evaluateRule } from "./evaluate-rule.ts";

export interface EvaluationSummary {
  rules: number;
  events: number;
  deliveries: number;
  /** Rules whose evaluation threw this pass (the others were still evaluated). */
  failed: { ruleId: string; error: string }[];
}

const PERIOD_MS = { hourly: 3_600_000, daily: 86_400_000 } as const;

export function channelsOf(rule: Pick<AlertRule, "webhookUrl" | "emailTo">): ("webhook" | "email")[] {
  return [...(rule.webhookUrl ? (["webhook"] as const) : []), ...(rule.emailTo ? (["email"] as const) : [])];
}

export async function evaluateAlerts(db: Db, now = new Date()): Promise<EvaluationSummary> {
  const rules = await db.alertRule.findMany({ where: { enabled: true }, orderBy: { id: "asc" } });
  const summary: EvaluationSummary = { rules: rules.length, events: 0, deliveries: 0, failed: [] };
  for (const rule of rules) {
    let evaluation: Awaited<ReturnType<typeof evaluateRule>>;
    try {
      evaluation = await evaluateRule(db, rule, now);
    } catch (error) {
      // One broken rule (say, a stored query a newer parser refuses) must not silence the others:
      // it is reported in the summary, which the worker logs, and tried again next pass.
      summary.failed.push({ ruleId: rule.id, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    await db.$transaction(async (tx) => {
      if (evaluation.findings.length > 0) {
        const created = await tx.alertEvent.createMany({
          data: evaluation.findings.map((f) => ({
            ruleId: rule.id,
            key: f.key,
            title: f.title,
            detail: JSON.parse(JSON.stringify(f.detail)),
            occurredAt: now,
          })),
          skipDuplicates: true,
        });
        summary.events += created.count;
      }
      await tx.alertRule.update({
        where: { id: rule.id },
        data: {
          lastEvaluatedAt: now,
          ...(evaluation.conditionMet !== undefined ? { conditionMet: evaluation.conditionMet } : {}),
          ...(evaluation.scanned
            ? { scannedAt: evaluation.scanned.at, scannedId: evaluation.scanned.id }
            : {}),
        },
      });
    });
    summary.deliveries += await batchEvents(db, rule, now);
  }
  return summary;
}

/** Puts the rule's unbatched events into batches that are due, and creates their deliveries. */
export async function batchEvents(db: Db, rule: AlertRule, now: Date): Promise<number> {
  const channels = channelsOf(rule);
  return db.$transaction(async (tx) => {
    // The rule row serialises batching of one rule across workers.
    await tx.$queryRaw`SELECT id FROM alert_rules WHERE id = ${rule.id}::uuid FOR UPDATE`;
    const waiting = await tx.alertEvent.findMany({
      where: { ruleId: rule.id, batchKey: null },
      orderBy: { occurredAt: "asc" },
      select: { id: true, key: true, occurredAt: true },
    });
    const batches = new Map<string, string[]>();
    for (const e of waiting) {
      let batch: string;
      if (rule.digest === "none") batch = e.key;
      else {
        const period = PERIOD_MS[rule.digest];
        const start = Math.floor(e.occurredAt.getTime() / period) * period;
        if (start + period > now.getTime()) continue; // the digest period is still open
        batch = `digest:${rule.digest}:${new Date(start).toISOString()}`;
      }
      batches.set(batch, [...(batches.get(batch) ?? []), e.id]);
    }
    let created = 0;
    for (const [batchKey, ids] of batches) {
      await tx.alertEvent.updateMany({ where: { id: { in: ids } }, data: { batchKey } });
      const made = await tx.alertDelivery.createMany({
        data: channels.map((channel) => ({ ruleId: rule.id, channel, batchKey, events: ids.length })),
        skipDuplicates: true,
      });
      created += made.count;
    }
    return created;
  });
}
