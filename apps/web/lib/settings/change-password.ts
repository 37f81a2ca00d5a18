// Changing one's password: the current one must be right; every other session of the user is
// signed out afterwards (a stolen session should not outlive a password change).
import type { Db } from "@tidemark/db";
import { ApiError } from "@/lib/api/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { sha256 } from "@/lib/auth/secrets";

export async function changePassword(
  db: Db,
  userId: string,
  currentPassword: string,
  newPassword: string,
  currentSessionToken: string | undefined,
): Promise<{ otherSessionsEnded: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new ApiError(400, "wrong_password", "The current password is not right.");
  }
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  const keep = currentSessionToken ? sha256(currentSessionToken) : "";
  const { count } = await db.session.deleteMany({ where: { userId, tokenHash: { not: keep } } });
  return { otherSessionsEnded: count };
}
