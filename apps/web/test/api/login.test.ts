// Login protection: per username+address and per address limits that are atomic (parallel
// guesses cannot pass the limit), leave every key with a TTL, do not lock the real user out from
// another address, take as long for unknown usernames as for known ones, and upgrade old hashes.
import { randomBytes, scryptSync } from "node:crypto";
import { prisma } from "@tidemark/db";
import { queueEnv } from "@tidemark/queue";
import { describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { env } from "@/env";
import { webRedis } from "@/lib/server/queue";
import { createTestUser } from "../support/auth";
import { call, json } from "../support/call";
import { cleanDatabaseEachTest } from "../support/lifecycle";

cleanDatabaseEachTest();

/** A fresh address per test, so the tests' limiter keys never meet. */
function address(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

function attempt(username: string, password: string, from: string, headers: Record<string, string> = {}) {
  return call(login, {
    method: "POST",
    path: "/api/auth/login",
    json: { username, password },
    address: from,
    headers,
  });
}

describe("login limits", () => {
  it("blocks a username's guesses from one address after the limit, but not the user from another", async () => {
    const user = await createTestUser("target", "the right password");
    const attacker = address();
    const statuses: number[] = [];
    for (let i = 0; i < env.TIDEMARK_LOGIN_ATTEMPTS + 2; i++)
      statuses.push((await attempt(user.username, "wrong", attacker)).status);
    expect(statuses.slice(0, env.TIDEMARK_LOGIN_ATTEMPTS).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(env.TIDEMARK_LOGIN_ATTEMPTS)).toEqual([429, 429]);

    const blocked = await attempt(user.username, "the right password", attacker);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);

    const elsewhere = await attempt(user.username, "the right password", address());
    expect(elsewhere.status).toBe(200);
  });

  it("counts parallel guesses atomically: at most the limit are checked", async () => {
    const user = await createTestUser("parallel-target", "the right password");
    const from = address();
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => attempt(user.username, "wrong", from)),
    );
    const checked = responses.filter((r) => r.status === 401).length;
    expect(checked).toBe(env.TIDEMARK_LOGIN_ATTEMPTS);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(30 - checked);
  });

  it("ignores X-Forwarded-For from the client (the address comes from the server)", async () => {
    const user = await createTestUser("xff-target", "the right password");
    const from = address();
    const statuses: number[] = [];
    for (let i = 0; i < env.TIDEMARK_LOGIN_ATTEMPTS + 1; i++) {
      const spoofed = { "x-forwarded-for": `203.0.113.${i + 1}` };
      statuses.push((await attempt(user.username, "wrong", from, spoofed)).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it("limits one address across many usernames", async () => {
    const from = address();
    let last = 0;
    for (let i = 0; i <= env.TIDEMARK_LOGIN_ATTEMPTS_PER_ADDRESS; i++)
      last = (await attempt(`nobody-${i}`, "wrong", from)).status;
    expect(last).toBe(429);
  });

  it("leaves no limiter key without an expiry", async () => {
    const user = await createTestUser("ttl-target", "the right password");
    await attempt(user.username, "wrong", address());
    const keys = await webRedis().keys(`${queueEnv.REDIS_PREFIX}:login:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await webRedis().pttl(key), key).toBeGreaterThan(0);
  });

  it("takes about as long for an unknown username as for a known one", async () => {
    const user = await createTestUser("timing-target", "the right password");
    const timed = async (username: string) => {
      const started = performance.now();
      expect((await attempt(username, "wrong", address())).status).toBe(401);
      return performance.now() - started;
    };
    await timed("no-such-user"); // warm up (the dummy hash is computed once)
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so a busy machine slows both alike.
    for (let i = 0; i < 7; i++) {
      known.push(await timed(user.username));
      unknown.push(await timed("no-such-user"));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("upgrades an old scrypt hash to argon2id on the next successful login", async () => {
    const salt = randomBytes(16);
    const hash = scryptSync("old password 1", salt, 32, { N: 16_384, r: 8, p: 1 });
    const legacy = `scrypt$16384$8$1$${salt.toString("base64")}$${hash.toString("base64")}`;
    await prisma.user.create({ data: { username: "legacy", passwordHash: legacy, role: "viewer" } });
    const response = await attempt("legacy", "old password 1", address());
    expect(response.status).toBe(200);
    const stored = await prisma.user.findUniqueOrThrow({ where: { username: "legacy" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await attempt("legacy", "old password 1", address())).status).toBe(200);
  });
});

describe("login input", () => {
  it("refuses a control character in the username with a 400, not a 500", async () => {
    const response = await attempt("ad\u0000min", "whatever", address());
    expect(response.status).toBe(400);
    expect((await json<{ error: { code: string } }>(response)).error.code).toBe("invalid_characters");
  });

  it("refuses Origin: null and another site's origin with a 403", async () => {
    const user = await createTestUser("origin-target", "the right password");
    for (const origin of ["null", "https://evil.example"]) {
      const response = await attempt(user.username, "the right password", address(), {
        origin,
        host: "localhost",
      });
      expect(response.status, origin).toBe(403);
    }
  });

  it("refuses unknown fields, naming them", async () => {
    const response = await call(login, {
      method: "POST",
      path: "/api/auth/login",
      json: { username: "a", password: "b", remember: true },
      address: address(),
    });
    expect(response.status).toBe(400);
    const body = await json<{ error: { code: string; details: { fields: string[] } } }>(response);
    expect(body.error).toMatchObject({ code: "unknown_fields", details: { fields: ["remember"] } });
  });
});
