// Timing pages as a user gets them: the built dashboard (apps/web, `next build` first) started
// against the bench database, requests with a real session cookie, full HTML read to the end.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Db } from "@tidemark/db";
import { childEnv } from "@tidemark/db/env";

const require = createRequire(import.meta.url);
const TSX_LOADER = pathToFileURL(require.resolve("tsx/esm")).href;
const WEB_DIR = fileURLToPath(new URL("../../../../apps/web/", import.meta.url));

export interface WebServer {
  get(path: string): Promise<{ status: number; bytes: number; ms: number }>;
  stop(): Promise<void>;
}

export function webBuilt(): boolean {
  return existsSync(`${WEB_DIR}.next/BUILD_ID`);
}

/** A viewer session straight in the database (the login form is not what is measured). */
async function sessionCookie(db: Db): Promise<string> {
  const user = await db.user.create({
    data: { username: `bench-${randomBytes(4).toString("hex")}`, role: "viewer", passwordHash: "!" },
  });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      csrfToken: randomBytes(18).toString("base64url"),
      userId: user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return `tidemark_session=${token}`;
}

export async function startWeb(
  db: Db,
  env: { databaseUrl: string; redisUrl: string; redisPrefix: string; port: number },
): Promise<WebServer> {
  const cookie = await sessionCookie(db);
  const child: ChildProcess = spawn(process.execPath, ["--import", TSX_LOADER, "server.ts"], {
    cwd: WEB_DIR,
    env: childEnv({
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      REDIS_PREFIX: env.redisPrefix,
      PORT: String(env.port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${env.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
    const up = await fetch(`${base}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error("the web server did not answer within 120 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    async get(path) {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
      const body = await response.arrayBuffer();
      return { status: response.status, bytes: body.byteLength, ms: performance.now() - started };
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
