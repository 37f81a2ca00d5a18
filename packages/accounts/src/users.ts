// User accounts, shared by the dashboard's admin API and `tidemark users`: invite (a generated
// one-time password, shown once), list, change role, reset password, remove. Removing a user or
// resetting their password ends their sessions and revokes their API tokens.
import { randomBytes } from "node:crypto";
import type { Db } from "@tidemark/db";
import { z } from "zod";
import { hashPassword } from "./password";
import { type Role, roleSchema } from "./roles";

export class AccountError extends Error {
  override name = "AccountError";
  constructor(
    readonly code: "username_taken" | "no_such_user" | "last_admin",
    message: string,
  ) {
    super(message);
  }
}

export const usernameSchema = z
  .string()
  .trim()
  .min(1, "a username")
  .max(100)
  .regex(/^[\p{L}\p{N}._@-]+$/u, "letters, digits, and . _ @ - only");

export const newUserSchema = z.strictObject({ username: usernameSchema, role: roleSchema });

/** A readable random password: 18 bytes, base64url (24 characters). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createUser(
  db: Db,
  input: { username: string; role: Role; password?: string },
): Promise<{ id: string; username: string; role: Role; password: string }> {
  const password = input.password ?? generatePassword();
  if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw new AccountError("username_taken", `There is already a user called "${input.username}".`);
  }
  const user = await db.user.create({
    data: { username: input.username, role: input.role, passwordHash: await hashPassword(password) },
    select: { id: true, username: true },
  });
  return { ...user, role: input.role, password };
}

export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      role: true,
      createdAt: true,
      _count: { select: { sessions: true, apiTokens: { where: { revokedAt: null } } } },
    },
  });
}

async function findUser(db: Db, idOrName: { id: string } | { username: string }) {
  const user = await db.user.findUnique({
    where: idOrName,
    select: { id: true, username: true, role: true },
  });
  if (!user) throw new AccountError("no_such_user", "No such user.");
  return user;
}

async function assertNotLastAdmin(db: Db, userId: string, currentRole: string): Promise<void> {
  if (currentRole !== "admin") return;
  const admins = await db.user.count({ where: { role: "admin", id: { not: userId } } });
  if (admins === 0)
    throw new AccountError("last_admin", "This is the last admin; make someone else admin first.");
}

export async function setRole(db: Db, who: { id: string } | { username: string }, role: Role) {
  const user = await findUser(db, who);
  if (role !== "admin") await assertNotLastAdmin(db, user.id, user.role);
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { ...user, role };
}

/** A new generated password; every session ends and every token is revoked. */
export async function resetPassword(db: Db, who: { id: string } | { username: string }) {
  const user = await findUser(db, who);
  const password = generatePassword();
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } }),
    db.session.deleteMany({ where: { userId: user.id } }),
    db.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
  return { ...user, password };
}

export async function removeUser(db: Db, who: { id: string } | { username: string }) {
  const user = await findUser(db, who);
  await assertNotLastAdmin(db, user.id, user.role);
  await db.user.delete({ where: { id: user.id } }); // sessions and tokens cascade
  return user;
}
