// The processes an end-to-end run needs: the real worker (apps/worker/src/main.ts, as users run
// it) and the built web app (`next start`). Output goes to files under test-artifacts/ so a
// failure can be diagnosed, and both are stopped by pid at the end.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";

const WEB_DIR = fileURLToPath(new URL("../../", import.meta.url));
const WORKER_DIR = fileURLToPath(new URL("../../../worker/", import.meta.url));
const LOG_DIR = fileURLToPath(new URL("../../test-artifacts/e2e-logs/", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function launch(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ChildProcess> {
  await mkdir(LOG_DIR, { recursive: true });
  const log = createWriteStream(`${LOG_DIR}${name}.log`);
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** Resolves when `ready` returns true, rejects if the process exits or time runs out. */
async function waitFor(
  child: ChildProcess,
  name: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode}; see test-artifacts/e2e-logs/${name}.log`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} not ready after ${timeoutMs} ms; see test-artifacts/e2e-logs/${name}.log`);
}

export async function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // tsx's loader in the node process itself, not the tsx CLI (which would fork a grandchild).
  const tsx = pathToFileURL(createRequire(`${WORKER_DIR}package.json`).resolve("tsx/esm")).href;
  const child = await launch("worker", process.execPath, ["--import", tsx, "src/main.ts"], WORKER_DIR, env);
  let ready = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes('"msg":"worker ready"')) ready = true;
  });
  await waitFor(child, "worker", async () => ready, 60_000).catch(async (error: unknown) => {
    await stop(child); // never leave a half-started process behind
    throw error;
  });
  return child;
}

export async function startWeb(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  // server.ts, as `pnpm start` runs it: the client address comes from the socket.
  const tsx = pathToFileURL(createRequire(`${WEB_DIR}package.json`).resolve("tsx/esm")).href;
  const child = await launch("web", process.execPath, ["--import", tsx, "server.ts"], WEB_DIR, {
    ...env,
    PORT: String(port),
    HOST: "127.0.0.1",
  });
  await waitFor(
    child,
    "web",
    async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/login`)).ok;
      } catch {
        return false; // not listening yet
      }
    },
    60_000,
  ).catch(async (error: unknown) => {
    await stop(child);
    throw error;
  });
  return child;
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
