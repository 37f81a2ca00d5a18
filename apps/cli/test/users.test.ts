// `tidemark users`: add prints a one-time password that logs in; role and remove change the
// database; a bad role is a usage error that names it.
import { verifyPassword } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

beforeEach(() => truncateAllTables(prisma));
afterAll(() => prisma.$disconnect());

describe("tidemark users", () => {
  it("adds a user with a printed password, changes the role, and removes them", async () => {
    await runCli(["users", "add", "root", "--role", "admin"]);
    const added = await runCli(["users", "add", "ada", "--role", "editor", "--json"]);
    expect(added.code, added.stderr).toBe(0);
    const { password } = JSON.parse(added.stdout) as { password: string };
    const stored = await prisma.user.findUniqueOrThrow({ where: { username: "ada" } });
    expect(stored.role).toBe("editor");
    expect(await verifyPassword(password, stored.passwordHash)).toBe(true);

    expect((await runCli(["users", "role", "ada", "viewer"])).code).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { username: "ada" } })).role).toBe("viewer");

    const listed = await runCli(["users", "list", "--json"]);
    expect((JSON.parse(listed.stdout) as { username: string }[]).map((u) => u.username)).toEqual([
      "ada",
      "root",
    ]);

    expect((await runCli(["users", "remove", "ada"])).code).toBe(0);
    expect(await prisma.user.count({ where: { username: "ada" } })).toBe(0);
  });

  it("refuses an unknown role as a usage error, and removing the last admin as a failure", async () => {
    const bad = await runCli(["users", "add", "bob", "--role", "superuser"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("role");
    await runCli(["users", "add", "root", "--role", "admin"]);
    const last = await runCli(["users", "remove", "root"]);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain("last admin");
  });
});
