// Changing one's password: the current one must be right; every other session of the user is
// signed out afterwards (a stolen session should not outlive a password change), and the user's
// API tokens too when asked.

import { hashPassword, verifyPassword } from "@tidemark/accounts";
import type { Db } from "@tidemark/db";
import { ApiError } from "@/lib/api/errors";
import { revokeAllTokens } from "./tokens";

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  revokeTokens: boolean;
}

export async function changePassword(
  db: Db,
  userId: string,
  change: PasswordChange,
  currentSessionId: string,
): Promise<{ otherSessionsEnded: number; tokensRevoked: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(change.currentPassword, user.passwordHash))) {
    throw new ApiError(400, "wrong_password", "The current password is not right.");
  }
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(change.newPassword) },
  });
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: currentSessionId } } });
  const tokensRevoked = change.revokeTokens ? await revokeAllTokens(db, userId) : 0;
  return { otherSessionsEnded: count, tokensRevoked };
}
