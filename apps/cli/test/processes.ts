// Real processes for the CLI's tests: the supervisor `npm start` ends with (worker + built
// dashboard) on a free port, plain commands, and waiting on conditions.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
export const SUPERVISE = join(ROOT, "infra/supervise.mjs");

export interface Running {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export const started: Running[] = [];
export const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) server.close();
  for (const run of started.splice(0)) {
    if (run.process.exitCode === null) run.process.kill("SIGKILL");
  }
});

export function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

export async function freePort(): Promise<number> {
  const server = await listen();
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const running = { process: child, output: () => output, exited };
  started.push(running);
  return running;
}

export async function until(check: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface PidFile {
  pid: number;
  children: { worker: number; web: number };
}

export async function environment() {
  const runDir = mkdtempSync(join(tmpdir(), "tidemark-start-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    TIDEMARK_RUN_DIR: runDir,
    TIDEMARK_START_LOGIN: "Log in as test-admin / the-password",
    NODE_ENV: "production",
    LOG_LEVEL: undefined,
    LOG_FORMAT: undefined,
  };
  return { env, port, pidFile: join(runDir, "tidemark.pid") };
}
