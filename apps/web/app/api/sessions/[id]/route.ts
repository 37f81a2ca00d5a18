// DELETE /api/sessions/:id: sign one browser out (yours; an admin: anyone's). It stops working at
// once: every request checks the session in the database.
import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { revokeSession } from "@/lib/auth/sessions";

const params = z.object({ id: z.uuid({ message: "a session id" }) });

export const DELETE = apiRoute({ role: "viewer", tokens: "never", params }, async ({ auth, params }) => {
  const owner = auth.user.role === "admin" ? undefined : auth.user.id;
  if (!(await revokeSession(params.id, owner))) throw notFound("session");
  return { revoked: true, id: params.id };
});
