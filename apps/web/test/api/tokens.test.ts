// API tokens: created once (the secret appears in that response only), listed by prefix,
// revoked so they stop working; another user's token cannot be revoked. Password changes.

import { verifyPassword } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as changePassword } from "@/app/api/account/password/route";
import { POST as addArticles } from "@/app/api/articles/route";
import { GET as listThemes } from "@/app/api/themes/route";
import { DELETE as revokeToken } from "@/app/api/tokens/[id]/route";
import { POST as createToken, GET as listTokens } from "@/app/api/tokens/route";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

let user: TestUser;
beforeEach(async () => {
  user = await createTestUser();
});

describe("tokens", () => {
  it("creates a token shown once, lists it by prefix, and revokes it", async () => {
    const created = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { session: user },
      json: { name: "nightly import" },
    });
    expect(created.status).toBe(201);
    const { token } = await json<{ token: { id: string; token: string; prefix: string } }>(created);
    expect(token.token).toMatch(/^tm_/);
    expect(token.token.startsWith(token.prefix)).toBe(true);

    const list = await call(listTokens, { path: "/api/tokens", as: { session: user } });
    const listed = JSON.stringify(await json(list));
    expect(listed).toContain("nightly import");
    expect(listed).not.toContain(token.token);

    expect((await call(listThemes, { path: "/api/themes", as: { bearer: token.token } })).status).toBe(200);
    const revoked = await call(revokeToken, {
      method: "DELETE",
      path: `/api/tokens/${token.id}`,
      as: { session: user },
      params: { id: token.id },
    });
    expect(revoked.status).toBe(200);
    expect((await call(listThemes, { path: "/api/themes", as: { bearer: token.token } })).status).toBe(401);
    const twice = await call(revokeToken, {
      method: "DELETE",
      path: `/api/tokens/${token.id}`,
      as: { session: user },
      params: { id: token.id },
    });
    expect(twice.status).toBe(404);
  });

  it("cannot revoke another user's token unless an admin", async () => {
    const editor = await createTestUser("an-editor", "correct horse 2", { role: "editor" });
    const other = await createTestUser("someone-else");
    const theirs = await prisma.apiToken.findFirstOrThrow({ where: { userId: other.id } });
    const response = await call(revokeToken, {
      method: "DELETE",
      path: `/api/tokens/${theirs.id}`,
      as: { session: editor },
      params: { id: theirs.id },
    });
    expect(response.status).toBe(404);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();
    const byAdmin = await call(revokeToken, {
      method: "DELETE",
      path: `/api/tokens/${theirs.id}`,
      as: { session: user },
      params: { id: theirs.id },
    });
    expect(byAdmin.status).toBe(200);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).not.toBeNull();
  });

  it("requires a name", async () => {
    const response = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { session: user },
      json: { name: "  " },
    });
    expect(response.status).toBe(400);
  });
});

describe("password", () => {
  it("changes the password with the right current one, and refuses a token or a wrong one", async () => {
    const wrong = await call(changePassword, {
      method: "POST",
      path: "/api/account/password",
      as: { session: user },
      json: { currentPassword: "nope", newPassword: "a new secret 2" },
    });
    expect(wrong.status).toBe(400);
    const viaToken = await call(changePassword, {
      method: "POST",
      path: "/api/account/password",
      as: { bearer: user.token },
      json: { currentPassword: user.password, newPassword: "a new secret 2" },
    });
    expect(viaToken.status).toBe(403);
    const ok = await call(changePassword, {
      method: "POST",
      path: "/api/account/password",
      as: { session: user },
      json: { currentPassword: user.password, newPassword: "a new secret 2" },
    });
    expect(ok.status).toBe(200);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a new secret 2", stored.passwordHash)).toBe(true);
  });
});

describe("token scopes and lifetimes", () => {
  it("refuses to let a token create a token", async () => {
    const response = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { bearer: user.token },
      json: { name: "child", scope: "write" },
    });
    expect(response.status).toBe(403);
    expect(await prisma.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("makes read tokens by default, and only read tokens for viewers", async () => {
    const created = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { session: user },
      json: { name: "reader", expiresInDays: 30 },
    });
    const { token } = await json<{ token: { scope: string; expiresAt: string } }>(created);
    expect(token.scope).toBe("read");
    const days = (new Date(token.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const viewer = await createTestUser("viewer", "correct horse 1", { role: "viewer" });
    const refused = await call(createToken, {
      method: "POST",
      path: "/api/tokens",
      as: { session: viewer },
      json: { name: "writer", scope: "write" },
    });
    expect(refused.status).toBe(403);
  });

  it("revokes the user's tokens when the password change asks for it", async () => {
    const keep = await call(changePassword, {
      method: "POST",
      path: "/api/account/password",
      as: { session: user },
      json: { currentPassword: user.password, newPassword: "second secret 2" },
    });
    expect((await json<{ tokensRevoked: number }>(keep)).tokensRevoked).toBe(0);
    expect((await call(listThemes, { path: "/api/themes", as: { bearer: user.token } })).status).toBe(200);

    const revoke = await call(changePassword, {
      method: "POST",
      path: "/api/account/password",
      as: { session: user },
      json: { currentPassword: "second secret 2", newPassword: "third secret 3", revokeTokens: true },
    });
    expect((await json<{ tokensRevoked: number }>(revoke)).tokensRevoked).toBe(1);
    expect((await call(listThemes, { path: "/api/themes", as: { bearer: user.token } })).status).toBe(401);
  });

  it("bounds a write token by its owner's role", async () => {
    const viewer = await createTestUser("viewer-with-write", "correct horse 1", {
      role: "viewer",
      tokenScope: "write",
    });
    const response = await call(addArticles, {
      method: "POST",
      path: "/api/articles",
      as: { bearer: viewer.token },
      json: { urls: ["https://example.com/x"] },
    });
    expect(response.status).toBe(403);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe("forbidden");
  });

  it("stops an expired token", async () => {
    await prisma.apiToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await call(listThemes, { path: "/api/themes", as: { bearer: user.token } })).status).toBe(401);
  });
});
