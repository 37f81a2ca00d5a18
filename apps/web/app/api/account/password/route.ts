// POST /api/account/password {currentPassword, newPassword, revokeTokens?}: change your password
// (browser session only). Other sessions are signed out; with revokeTokens, your API tokens are
// revoked too (the dashboard offers it, checked by default).
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { changePassword } from "@/lib/settings/change-password";

const body = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(500),
    newPassword: z.string().min(8, "The new password needs at least 8 characters").max(500),
    revokeTokens: z.boolean().default(false),
  })
  .refine((b) => b.newPassword !== b.currentPassword, {
    message: "The new password must differ from the current one",
    path: ["newPassword"],
  });

export const POST = apiRoute({ role: "viewer", tokens: "never", body }, async ({ auth, body }) => {
  // tokens: "never" already refused tokens; this narrows the type for the session id.
  if (auth.via !== "session")
    throw new ApiError(403, "session_required", "Change the password from the dashboard.");
  const result = await changePassword(prisma, auth.user.id, body, auth.sessionId);
  return { changed: true, ...result };
});
