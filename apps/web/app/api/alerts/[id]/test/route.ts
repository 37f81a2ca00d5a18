// POST /api/alerts/:id/test: send a test message to each of the rule's channels now (editor); the
// result per channel is returned and recorded in the delivery history.
import { sendTestAlert } from "@tidemark/alerts";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

export const POST = apiRoute({ role: "editor", params: z.object({ id: z.uuid() }) }, async ({ params }) => {
  if (!(await prisma.alertRule.findUnique({ where: { id: params.id }, select: { id: true } })))
    throw notFound("alert rule");
  return { results: await sendTestAlert(prisma, params.id) };
});
