// Runs the real worker (src/main.ts) as a child process against the test database and Redis
// prefix, so tests exercise exactly what users run: signals, startup reconcile, BullMQ.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
// tsx's loader in this very process (not the tsx CLI, which would fork a second process that a
// SIGKILL in a test would orphan).
const TSX_LOADER = pathToFileURL(require.resolve("tsx/esm")).href;
const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  /** Every log line so far, parsed from pino's JSON. */
  logs: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], {
    env: { ...process.env, LOG_LEVEL: "debug", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Array<Record<string, unknown>> = [];
  const waiters = new Set<() => void>();
  let buffered = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const waitForLog: WorkerProcess["waitForLog"] = (predicate, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = logs.find(predicate);
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `worker log not seen in ${timeoutMs} ms; stderr:\n${stderr}\nlogs:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const worker: WorkerProcess = {
    child,
    logs,
    exited,
    waitForLog,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
  try {
    // Compiling the worker's TypeScript takes seconds on a quiet machine and far longer on a
    // loaded one; this is a wait for a condition, so a generous bound costs nothing when it is fast.
    await waitForLog((line) => line.msg === "worker ready", 120_000);
  } catch (error) {
    // Never leave a half-started worker behind: it would keep taking this package's test jobs.
    await worker.stop("SIGKILL");
    throw error;
  }
  return worker;
}
