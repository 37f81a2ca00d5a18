// GET /api/alerts/deliveries?rule&status&limit&before: the history of alert messages, newest first,
// with delivery status, attempts and the last error; `before` (a delivery's createdAt) pages back.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { singleParam } from "@/lib/search-params/schemas";

const query = z.object({
  rule: singleParam(z.uuid().optional()),
  status: singleParam(z.enum(["pending", "sending", "sent", "failed"]).optional()),
  limit: singleParam(z.coerce.number().int().min(1).max(200).default(50)),
  before: singleParam(z.iso.datetime().optional()),
});

export const GET = apiRoute({ role: "viewer", query }, async ({ query: q }) => {
  const deliveries = await prisma.alertDelivery.findMany({
    where: {
      ...(q.rule ? { ruleId: q.rule } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.before ? { createdAt: { lt: new Date(q.before) } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: q.limit,
    include: { rule: { select: { name: true, kind: true } } },
  });
  return { deliveries };
});
