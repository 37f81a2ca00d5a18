// DELETE /api/tokens/:id: revoke one of your tokens; it stops working at once.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { revokeToken } from "@/lib/settings/tokens";

export const DELETE = apiRoute({}, async ({ auth, params }) => {
  const id = z.uuid({ message: "a token id" }).parse(params.id);
  if (!(await revokeToken(prisma, auth.user.id, id))) throw notFound("active token");
  return { revoked: true, id };
});
