// Accounts: invited users get a working generated password; the last admin cannot be demoted or
// removed; a reset ends every session and revokes every token.
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AccountError, createUser, removeUser, resetPassword, setRole, verifyPassword } from "../src/index";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe("accounts", () => {
  it("creates a user whose generated password verifies, and refuses a taken username", async () => {
    const user = await createUser(prisma, { username: "ada", role: "editor" });
    expect(user.password.length).toBeGreaterThanOrEqual(20);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.role).toBe("editor");
    expect(await verifyPassword(user.password, stored.passwordHash)).toBe(true);
    await expect(createUser(prisma, { username: "ada", role: "viewer" })).rejects.toMatchObject({
      code: "username_taken",
    });
  });

  it("keeps at least one admin", async () => {
    const admin = await createUser(prisma, { username: "root", role: "admin" });
    await expect(setRole(prisma, { id: admin.id }, "viewer")).rejects.toBeInstanceOf(AccountError);
    await expect(removeUser(prisma, { id: admin.id })).rejects.toMatchObject({ code: "last_admin" });
    await createUser(prisma, { username: "second", role: "admin" });
    expect((await setRole(prisma, { id: admin.id }, "viewer")).role).toBe("viewer");
  });

  it("resets a password, ending sessions and revoking tokens", async () => {
    const user = await createUser(prisma, { username: "lost", role: "viewer" });
    await prisma.session.create({
      data: { userId: user.id, tokenHash: "h1", csrfToken: "c", expiresAt: new Date(Date.now() + 60_000) },
    });
    await prisma.apiToken.create({ data: { userId: user.id, name: "t", prefix: "tm_x", tokenHash: "h2" } });
    const reset = await resetPassword(prisma, { username: "lost" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(reset.password, stored.passwordHash)).toBe(true);
    expect(await verifyPassword(user.password, stored.passwordHash)).toBe(false);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });
});
