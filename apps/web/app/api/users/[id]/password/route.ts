// POST /api/users/:id/password: a new generated password for someone who lost theirs (shown in
// this response only); their sessions end and their API tokens are revoked. Admin only.
import { resetPassword } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";

const params = z.object({ id: z.uuid({ message: "a user id" }) });

export const POST = apiRoute({ role: "admin", tokens: "never", params }, async ({ params, log }) => {
  const user = await resetPassword(prisma, { id: params.id });
  log.info({ userId: user.id }, "password reset by an admin");
  return { user: { id: user.id, username: user.username }, password: user.password };
});
