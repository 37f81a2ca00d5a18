// GET /api/alerts: every alert rule. POST /api/alerts: create one (editor); see docs/alerts.md.
import { alertRuleCreateSchema, checkWebhookAddress } from "@tidemark/alerts";
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { alertRuleJson } from "@/lib/alerts/alert-json";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ role: "viewer" }, async () => ({
  rules: (await prisma.alertRule.findMany({ orderBy: { createdAt: "asc" } })).map(alertRuleJson),
}));

export const POST = apiRoute({ role: "editor", body: alertRuleCreateSchema }, async ({ body, auth }) => {
  const refused = checkWebhookAddress(body.webhookUrl);
  if (refused) throw refused;
  const rule = await prisma.alertRule.create({ data: { ...body, createdById: auth.user.id } });
  return NextResponse.json({ rule: alertRuleJson(rule) }, { status: 201 });
});
