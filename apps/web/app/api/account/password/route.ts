// POST /api/account/password {currentPassword, newPassword, revokeTokens?}: change your password
// (browser session only). Other sessions are signed out; with revokeTokens, your API tokens are
// revoked too (the dashboard offers it, checked by default).
import { prisma } from "@tidemark/db";
import { z } from "zod";
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
  if (auth.via !== "session") throw new Error("unreachable: tokens are refused for this route");
  const result = await changePassword(prisma, auth.user.id, body, auth.sessionId);
  return { changed: true, ...result };
});
