// POST /api/articles/bulk/actions/:id/cancel: stop a bulk action after its current batch (a queued
// one at once). What it already did stays done. Answers the action as it is now.
import { cancelBulkAction } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

const params = z.object({ id: z.uuid({ message: "a bulk action id" }) });

export const POST = apiRoute({ role: "editor", params }, async ({ params }) => {
  const action = await cancelBulkAction(prisma, params.id);
  if (!action) throw notFound("bulk action");
  return { action };
});
