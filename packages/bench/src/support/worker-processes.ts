// Starting real worker processes (apps/worker/src/main.ts) for end-to-end benchmarks.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { childEnv } from "@tidemark/db/env";

const require = createRequire(import.meta.url);
const TSX_LOADER = pathToFileURL(require.resolve("tsx/esm")).href;
const WORKER_MAIN = fileURLToPath(new URL("../../../../apps/worker/src/main.ts", import.meta.url));

export interface RunningWorker {
  child: ChildProcess;
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startWorkerProcess(env: Record<string, string>, nodeArgs: string[] = []): RunningWorker {
  const child = spawn(process.execPath, [...nodeArgs, "--import", TSX_LOADER, WORKER_MAIN], {
    env: childEnv(env),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes('"worker ready"')) resolve();
      if (buffered.length > 100_000) buffered = buffered.slice(-1_000);
    });
    child.once("exit", (code) => reject(new Error(`worker exited early with code ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    ready,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
