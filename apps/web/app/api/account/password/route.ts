// POST /api/account/password {currentPassword, newPassword}: change your password (browser
// session only — an API token cannot change the password). Other sessions are signed out.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { changePassword } from "@/lib/settings/change-password";

const body = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(500),
    newPassword: z.string().min(8, "The new password needs at least 8 characters").max(500),
  })
  .refine((b) => b.newPassword !== b.currentPassword, {
    message: "The new password must differ from the current one",
    path: ["newPassword"],
  });

function sessionToken(request: Request): string | undefined {
  for (const part of request.headers.get("cookie")?.split(";") ?? []) {
    const [k, ...v] = part.trim().split("=");
    if (k === SESSION_COOKIE) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

export const POST = apiRoute({ body }, async ({ auth, body, request }) => {
  if (auth.via !== "session")
    throw new ApiError(
      403,
      "session_required",
      "Change the password from the dashboard, not with an API token.",
    );
  const result = await changePassword(
    prisma,
    auth.user.id,
    body.currentPassword,
    body.newPassword,
    sessionToken(request),
  );
  return { changed: true, ...result };
});
