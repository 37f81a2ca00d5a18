// GET /api/alerts/:id: a rule with its latest deliveries. PATCH: edit it (editor; the merged rule
// is checked as a whole; a changed query or filter drops its matches and reads afresh). DELETE:
// remove it with its events and history (editor).
import {
  alertRuleUpdateSchema,
  checkMergedRule,
  checkWebhookAddress,
  queryScanAfterEdit,
} from "@tidemark/alerts";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { alertRuleJson } from "@/lib/alerts/alert-json";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

const params = z.object({ id: z.uuid() });

export const GET = apiRoute({ role: "viewer", params }, async ({ params: p }) => {
  const rule = await prisma.alertRule.findUnique({ where: { id: p.id } });
  if (!rule) throw notFound("alert rule");
  const deliveries = await prisma.alertDelivery.findMany({
    where: { ruleId: p.id },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return { rule: alertRuleJson(rule), deliveries };
});

export const PATCH = apiRoute(
  { role: "editor", params, body: alertRuleUpdateSchema },
  async ({ params: p, body }) => {
    const current = await prisma.alertRule.findUnique({ where: { id: p.id } });
    if (!current) throw notFound("alert rule");
    const merged = { ...current, ...body };
    const invalid = checkMergedRule(merged);
    if (invalid) throw invalid;
    const refused = checkWebhookAddress(body.webhookUrl);
    if (refused) throw refused;
    const rule = await prisma.alertRule.update({
      where: { id: p.id },
      data: { ...body, conditionMet: false, ...queryScanAfterEdit(current, merged, new Date()) },
    });
    return { rule: alertRuleJson(rule) };
  },
);

export const DELETE = apiRoute({ role: "editor", params }, async ({ params: p }) => {
  const { count } = await prisma.alertRule.deleteMany({ where: { id: p.id } });
  if (count === 0) throw notFound("alert rule");
  return { deleted: true };
});
