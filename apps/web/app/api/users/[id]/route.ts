// PATCH /api/users/:id {role}: change someone's role. DELETE /api/users/:id: remove them (their
// sessions and tokens go with them). Admin only, browser sessions only; the last admin stays.
import { removeUser, roleSchema, setRole } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";

const params = z.object({ id: z.uuid({ message: "a user id" }) });

export const PATCH = apiRoute(
  { role: "admin", tokens: "never", params, body: z.object({ role: roleSchema }) },
  async ({ params, body, log }) => {
    const user = await setRole(prisma, { id: params.id }, body.role);
    log.info({ userId: user.id, role: user.role }, "role changed");
    return { user };
  },
);

export const DELETE = apiRoute({ role: "admin", tokens: "never", params }, async ({ params, log }) => {
  const user = await removeUser(prisma, { id: params.id });
  log.info({ userId: user.id }, "user removed");
  return { removed: true, id: user.id };
});
