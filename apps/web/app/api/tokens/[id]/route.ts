// DELETE /api/tokens/:id: revoke one of your tokens (an admin: anyone's); it stops working at once.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { revokeToken } from "@/lib/settings/tokens";

const params = z.object({ id: z.uuid({ message: "a token id" }) });

export const DELETE = apiRoute({ role: "viewer", tokens: "never", params }, async ({ auth, params }) => {
  const owner = auth.user.role === "admin" ? undefined : auth.user.id;
  if (!(await revokeToken(prisma, owner, params.id))) throw notFound("active token");
  return { revoked: true, id: params.id };
});
