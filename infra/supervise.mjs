// Runs the worker and the dashboard side by side for `npm start`, prefixing their output.
// Ctrl-C (or SIGTERM) reaches only this process; it asks each child once to stop (SIGTERM),
// so the worker can finish its running jobs, and waits. If either child dies on its own, the
// other is stopped too and we exit non-zero.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = process.env.PORT ?? "3000";
const STOP_TIMEOUT_MS = 45_000;

// Each child is the real process (no pnpm or tsx wrapper in between), so one SIGTERM reaches it
// exactly once.
const children = [
  { name: "worker", cwd: "apps/worker", args: ["--import", "tsx", "src/main.ts"] },
  // server.ts: Next.js behind a Node server that takes the client address from the socket and
  // listens on 127.0.0.1 unless HOST is set (see docs/security.md).
  { name: "web", cwd: "apps/web", args: ["--import", "tsx", "server.ts"], env: { PORT: port } },
].map((spec) => {
  // detached: its own process group, so a terminal's Ctrl-C reaches only this supervisor.
  const child = spawn(process.execPath, spec.args, {
    cwd: join(root, spec.cwd),
    env: { ...process.env, ...spec.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (stream, out) => {
    let buffered = "";
    stream.on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) out.write(`[${spec.name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return {
    ...spec,
    child,
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal }))),
  };
});

let stopping = false;
async function stopAll(reason, exitCode) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\nStopping worker and dashboard (${reason})...\n`);
  for (const { child } of children) {
    if (child.exitCode === null) {
      try {
        child.kill("SIGTERM");
      } catch (error) {
        if (error.code !== "ESRCH") throw error; // ESRCH: already gone
      }
    }
  }
  const timeout = setTimeout(() => {
    for (const { child } of children) if (child.exitCode === null) child.kill("SIGKILL");
  }, STOP_TIMEOUT_MS);
  await Promise.all(children.map((c) => c.exited));
  clearTimeout(timeout);
  process.stdout.write("Stopped.\n");
  process.exit(exitCode);
}

process.on("SIGINT", () => stopAll("Ctrl-C", 0));
process.on("SIGTERM", () => stopAll("SIGTERM", 0));
for (const { name, exited } of children) {
  exited.then(({ code, signal }) => {
    if (!stopping) stopAll(`${name} exited with ${signal ?? `code ${code}`}`, 1);
  });
}
process.stdout.write(`Tidemark is starting: dashboard on http://localhost:${port} (Ctrl-C stops both)\n`);
