// GET /api/articles/bulk/actions/:id: one bulk action's progress and outcome.
import { readBulkAction } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";

const params = z.object({ id: z.uuid({ message: "a bulk action id" }) });

export const GET = apiRoute({ role: "viewer", params }, async ({ params }) => {
  const action = await readBulkAction(prisma, params.id);
  if (!action) throw notFound("bulk action");
  return { action };
});
