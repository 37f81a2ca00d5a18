// The first admin of a fresh install, for `npm start`: created from the configured username and
// password when nobody can log in yet. When users exist already, nothing changes, and the caller
// learns whether the configured password is really an admin's (so it never shows one that is not).
import type { Db } from "@tidemark/db";
import { hashPassword, verifyPassword } from "./password";

export type FirstAdminOutcome =
  | { outcome: "created"; username: string }
  /** Users exist. `passwordWorks`: the configured username is an admin whose password this is. */
  | { outcome: "exists"; admins: string[]; passwordWorks: boolean };

export async function ensureFirstAdmin(
  db: Db,
  input: { username: string; password: string },
): Promise<FirstAdminOutcome> {
  // One transaction under an advisory lock: two starts at once cannot both create an admin.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tidemark:first-admin'))`;
    const admins = await tx.user.findMany({
      where: { role: "admin" },
      select: { username: true, passwordHash: true },
      orderBy: { username: "asc" },
    });
    const anyone = admins.length > 0 || (await tx.user.findFirst({ select: { id: true } })) !== null;
    if (!anyone) {
      await tx.user.create({
        data: { username: input.username, role: "admin", passwordHash: await hashPassword(input.password) },
      });
      return { outcome: "created", username: input.username };
    }
    const same = admins.find((a) => a.username === input.username);
    return {
      outcome: "exists",
      admins: admins.map((a) => a.username),
      passwordWorks: same ? await verifyPassword(input.password, same.passwordHash) : false,
    };
  });
}
