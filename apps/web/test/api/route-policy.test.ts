// Every API route and method, found on disk (not listed by hand, so a new route is covered the
// day it is added): no credential, a made-up cookie, an expired session and a deleted session all
// get 401 with no data; each route declares a role, and a user below it gets 403; a read-scoped
// token cannot call any mutation; no token can call a browser-only route (tokens, users, password).
import { ROLES, type Role, roleAtLeast } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import type { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { RoutePolicy } from "@/lib/api/route";
import { createTestUser, type TestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

type Handler = ((
  request: NextRequest,
  segment: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) & {
  policy?: RoutePolicy;
};

const modules = import.meta.glob<Record<string, unknown>>("../../app/api/**/route.ts", { eager: true });
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const PUBLIC = new Set(["/api/auth/login"]);
const ID = "01890000-0000-7000-8000-000000000000";

interface Route {
  path: string;
  method: (typeof METHODS)[number];
  handler: Handler;
  params: Record<string, string>;
}

const routes: Route[] = Object.entries(modules).flatMap(([file, mod]) => {
  const path = file.replace("../../app", "").replace("/route.ts", "");
  const params = Object.fromEntries(
    [...path.matchAll(/\[(\w+)\]/g)].map((m) => [m[1] ?? "", m[1] === "version" ? "1" : ID]),
  );
  const concrete = path.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ID);
  return METHODS.filter((m) => typeof mod[m] === "function").map((method) => ({
    path: concrete,
    method,
    handler: mod[method] as Handler,
    params,
  }));
});
const protectedRoutes = routes.filter((r) => !PUBLIC.has(r.path));
const label = (r: Route) => `${r.method} ${r.path}`;

describe("the route table", () => {
  it("finds the routes on disk, and every protected one declares a role", () => {
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(37);
    for (const r of protectedRoutes) expect(ROLES, label(r)).toContain(r.handler.policy?.role);
  });

  it("needs more than viewer for every mutation except a user's own account and session", () => {
    const selfService = new Set([
      "/api/auth/logout",
      "/api/account/password",
      "/api/tokens",
      "/api/sessions",
    ]);
    for (const r of protectedRoutes) {
      if (r.method === "GET" || selfService.has(r.path.replace(`/${ID}`, ""))) continue;
      expect(r.handler.policy?.role, label(r)).not.toBe("viewer");
    }
  });
});

describe("no data without a real session", () => {
  const credentials: [string, () => Promise<Record<string, string>>][] = [
    ["no credential", async () => ({})],
    [
      "a made-up cookie",
      async () => ({ cookie: "tidemark_session=x; tidemark_csrf=x", "x-csrf-token": "x" }),
    ],
    ["a made-up bearer token", async () => ({ authorization: "Bearer tm_made-up" })],
    [
      "an expired session",
      async () => {
        const user = await createTestUser("expired-user");
        await prisma.session.updateMany({
          where: { userId: user.id },
          data: { expiresAt: new Date(Date.now() - 1000) },
        });
        return { cookie: user.cookie, "x-csrf-token": user.csrf };
      },
    ],
    [
      "a signed-out (deleted) session",
      async () => {
        const user = await createTestUser("signed-out-user");
        await prisma.session.deleteMany({ where: { userId: user.id } });
        return { cookie: user.cookie, "x-csrf-token": user.csrf };
      },
    ],
    [
      "a revoked token",
      async () => {
        const user = await createTestUser("revoked-token-user");
        await prisma.apiToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
        return { authorization: `Bearer ${user.token}` };
      },
    ],
    [
      "an expired token",
      async () => {
        const user = await createTestUser("expired-token-user");
        await prisma.apiToken.updateMany({
          where: { userId: user.id },
          data: { expiresAt: new Date(Date.now() - 1000) },
        });
        return { authorization: `Bearer ${user.token}` };
      },
    ],
  ];

  for (const [name, headersFor] of credentials) {
    it(`answers 401 and nothing else to ${name}, on every route`, async () => {
      const secret = await createTestUser("secret-holder");
      await prisma.theme.create({ data: { name: "Secret theme name", slug: "secret-theme" } });
      const headers = await headersFor();
      for (const r of protectedRoutes) {
        const response = await call(r.handler, {
          method: r.method,
          path: r.path,
          headers,
          params: r.params,
          ...(r.method === "GET" ? {} : { json: {} }),
        });
        expect(response.status, label(r)).toBe(401);
        const text = await response.text();
        expect(text, label(r)).not.toContain(secret.username);
        expect(text, label(r)).not.toContain("Secret theme");
      }
    });
  }
});

describe("roles and token scopes", () => {
  const users = {} as Record<Role, TestUser>;
  let readOnly: TestUser;

  // cleanDatabaseEachTest empties the tables before each test, so each test makes its users.
  async function makeUsers(): Promise<void> {
    for (const role of ROLES) users[role] = await createTestUser(`user-${role}`, "correct horse 1", { role });
    readOnly = await createTestUser("read-only-token", "correct horse 1", {
      role: "admin",
      tokenScope: "read",
    });
  }

  it("refuses every route to a session whose role is below the declared one (403 forbidden)", async () => {
    await makeUsers();
    for (const r of protectedRoutes) {
      const needed = r.handler.policy?.role ?? "admin";
      for (const role of ROLES) {
        if (roleAtLeast(role, needed)) continue;
        const response = await call(r.handler, {
          method: r.method,
          path: r.path,
          as: { session: users[role] },
          params: r.params,
          ...(r.method === "GET" ? {} : { json: {} }),
        });
        expect(response.status, `${label(r)} as ${role}`).toBe(403);
        expect((await json<{ error: { code: string } }>(response)).error.code).toBe("forbidden");
      }
    }
  });

  it("lets a role at the declared level past the check (whatever the input then says)", async () => {
    await makeUsers();
    for (const r of protectedRoutes.filter((x) => x.method === "GET")) {
      const role = r.handler.policy?.role ?? "admin";
      const response = await call(r.handler, {
        path: r.path,
        as: { session: users[role] },
        params: r.params,
      });
      expect([401, 403], `${label(r)} as ${role}`).not.toContain(response.status);
    }
  });

  it("refuses every mutation to a read-scoped token, and every browser-only route to any token", async () => {
    await makeUsers();
    for (const r of protectedRoutes) {
      const browserOnly = r.handler.policy?.tokens === "never";
      if (r.method === "GET" && !browserOnly) continue;
      for (const holder of [readOnly, users.admin]) {
        if (!browserOnly && holder === users.admin) continue; // a write token may mutate
        const response = await call(r.handler, {
          method: r.method,
          path: r.path,
          as: { bearer: holder.token },
          params: r.params,
          ...(r.method === "GET" ? {} : { json: {} }),
        });
        expect(response.status, label(r)).toBe(403);
        const code = (await json<{ error: { code: string } }>(response)).error.code;
        expect(code, label(r)).toBe(browserOnly ? "session_required" : "insufficient_scope");
      }
    }
  });
});
