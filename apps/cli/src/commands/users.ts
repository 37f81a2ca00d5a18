// `tidemark users`: who can log in to the dashboard. `add` prints a generated password once (hand
// it over; they change it in Settings); `reset-password` prints a new one and signs them out
// everywhere; `role` changes a role; `remove` deletes a user with their sessions and tokens.
import {
  AccountError,
  createUser,
  listUsers,
  removeUser,
  resetPassword,
  roleSchema,
  setRole,
  usernameSchema,
} from "@tidemark/accounts";
import type { Command } from "commander";
import { CliError, EXIT } from "../exit-codes.ts";
import { printJson } from "../output.ts";
import { getDb } from "../resources.ts";
import { describe } from "./catalog.ts";

async function accountCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AccountError) throw new CliError(error.message, EXIT.failure);
    throw error;
  }
}

export function registerUsers(program: Command): void {
  const users = program.command("users").description(describe("users"));

  users
    .command("list")
    .description("Everyone who can log in")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }) => {
      const rows = await listUsers(await getDb());
      if (options.json) return printJson(rows);
      for (const u of rows) {
        console.log(
          `${u.username.padEnd(24)} ${u.role.padEnd(7)} sessions ${u._count.sessions}, tokens ${u._count.apiTokens}`,
        );
      }
    });

  users
    .command("add <username>")
    .description("Invite a user; prints their one-time password")
    .option("--role <role>", "viewer, editor or admin", "viewer")
    .option("--json", "print as JSON")
    .action(async (username: string, options: { role: string; json?: boolean }) => {
      const input = { username: usernameSchema.parse(username), role: roleSchema.parse(options.role) };
      const user = await accountCall(async () => createUser(await getDb(), input));
      if (options.json) return printJson(user);
      console.log(`Created ${user.username} (${user.role}). Password, shown once: ${user.password}`);
    });

  users
    .command("role <username> <role>")
    .description("Change a user's role")
    .action(async (username: string, role: string) => {
      const user = await accountCall(async () =>
        setRole(await getDb(), { username }, roleSchema.parse(role)),
      );
      console.log(`${user.username} is now ${user.role}.`);
    });

  users
    .command("reset-password <username>")
    .description("A new generated password; ends their sessions and revokes their API tokens")
    .action(async (username: string) => {
      const user = await accountCall(async () => resetPassword(await getDb(), { username }));
      console.log(`New password for ${user.username}, shown once: ${user.password}`);
    });

  users
    .command("first-admin")
    .description(
      "Create the admin from TIDEMARK_ADMIN_USERNAME/PASSWORD if nobody can log in yet (npm start runs this)",
    )
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }) => {
      const { env } = await import("../env.ts");
      if (!env.TIDEMARK_ADMIN_PASSWORD)
        throw new CliError("Set TIDEMARK_ADMIN_PASSWORD (8 characters or more) first.", EXIT.usage);
      const { ensureFirstAdmin } = await import("@tidemark/accounts");
      const result = await ensureFirstAdmin(await getDb(), {
        username: env.TIDEMARK_ADMIN_USERNAME,
        password: env.TIDEMARK_ADMIN_PASSWORD,
      });
      if (options.json) return printJson(result);
      if (result.outcome === "created") console.log(`Created the admin ${result.username}.`);
      else
        console.log(
          `Users exist already (admins: ${result.admins.join(", ") || "none"}); ${
            result.passwordWorks
              ? "the configured password is the admin's."
              : "the configured password is not an admin's."
          }`,
        );
    });

  users
    .command("remove <username>")
    .description("Delete a user with their sessions and tokens")
    .action(async (username: string) => {
      const user = await accountCall(async () => removeUser(await getDb(), { username }));
      console.log(`Removed ${user.username}.`);
    });
}
