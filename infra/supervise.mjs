// Runs the worker and the dashboard side by side for `npm start`, prefixing their output, and
// prints the address and login in a box once the dashboard answers.
//
// Stopping: Ctrl-C or SIGTERM to this process — or to anything that started it (npm, the shell
// npm runs, infra/start.sh) — stops both children: each is asked once (SIGTERM) so the worker can
// finish its running jobs, then killed after STOP_TIMEOUT_MS. If either child dies on its own, the
// other is stopped too and we exit non-zero. No orphans: the children run in their own process
// group (so a terminal's Ctrl-C reaches only us) and we watch our parent, since `kill <npm pid>`
// never reaches us directly.
//
// Before starting: if an earlier instance still runs (its pid file in TIDEMARK_RUN_DIR, default
// .tidemark/) or something else holds the port, say so and exit with code 3.
//   node infra/supervise.mjs           run
//   node infra/supervise.mjs --check   only the checks (start.sh runs this before building)
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.PORT ?? "3000");
const host = process.env.HOST ?? "127.0.0.1";
const runDir = resolve(root, process.env.TIDEMARK_RUN_DIR ?? ".tidemark");
const pidFile = join(runDir, "tidemark.pid");
const STOP_TIMEOUT_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 30_000) + 15_000;
const EXIT_IN_USE = 3;

function fail(message, code) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

/** The earlier instance's pid file, if that process is still alive. */
function runningInstance() {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(pidFile, "utf8"));
  } catch {
    return null; // no pid file (or a damaged one): nothing is running under our name
  }
  try {
    process.kill(recorded.pid, 0);
    return recorded;
  } catch (error) {
    if (error.code === "EPERM") return recorded; // alive, another user's
    return null; // stale: that process is gone
  }
}

function portFree() {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", (error) =>
      done(error.code === "EADDRINUSE" || error.code === "EACCES" ? error.code : null),
    );
    probe.listen(port, host, () => probe.close(() => done(null)));
  });
}

async function preflight() {
  const earlier = runningInstance();
  if (earlier) {
    fail(
      `Tidemark is already running (pid ${earlier.pid}, http://localhost:${earlier.port}, started ${earlier.startedAt}).\n` +
        `Stop it first: Ctrl-C in its terminal, or kill ${earlier.pid}. Then run npm start again.`,
      EXIT_IN_USE,
    );
  }
  const problem = await portFree();
  if (problem === "EADDRINUSE")
    fail(
      `Port ${port} on ${host} is already in use by another program.\n` +
        `Stop that program, or start Tidemark on another port: PORT=${port + 1} npm start`,
      EXIT_IN_USE,
    );
  if (problem === "EACCES")
    fail(`Not allowed to listen on port ${port}: choose a port above 1023 (PORT=3000).`, EXIT_IN_USE);
}

await preflight();
if (process.argv.includes("--check")) process.exit(0);

// What start.sh wants shown in the box (the login), kept out of the children's environment.
const { TIDEMARK_START_LOGIN: login = "", ...inherited } = process.env;
// Pretty, quiet logs unless asked otherwise (LOG_FORMAT=json for log collectors, LOG_LEVEL=info).
const childEnv = {
  ...inherited,
  LOG_FORMAT: inherited.LOG_FORMAT ?? "pretty",
  LOG_LEVEL: inherited.LOG_LEVEL ?? "warn",
};

// Each child is the real process (no pnpm or tsx wrapper in between), so one SIGTERM reaches it
// exactly once.
const children = [
  { name: "worker", cwd: "apps/worker", args: ["--import", "tsx", "src/main.ts"] },
  // server.ts: Next.js behind a Node server that takes the client address from the socket and
  // listens on 127.0.0.1 unless HOST is set (see docs/security.md).
  { name: "web", cwd: "apps/web", args: ["--import", "tsx", "server.ts"], env: { PORT: String(port) } },
].map((spec) => {
  // detached: its own process group, so a terminal's Ctrl-C reaches only this supervisor.
  const child = spawn(process.execPath, spec.args, {
    cwd: join(root, spec.cwd),
    env: { ...childEnv, ...spec.env },
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
    exited: new Promise((done) => child.on("exit", (code, signal) => done({ code, signal }))),
  };
});

mkdirSync(runDir, { recursive: true });
writeFileSync(
  pidFile,
  JSON.stringify({
    pid: process.pid,
    port,
    startedAt: new Date().toISOString(),
    children: Object.fromEntries(children.map((c) => [c.name, c.child.pid])),
  }),
);

let stopping = false;
async function stopAll(reason, exitCode) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\nStopping the worker and the dashboard (${reason})…\n`);
  for (const { child } of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill("SIGTERM");
      } catch (error) {
        if (error.code !== "ESRCH") throw error; // ESRCH: already gone
      }
    }
  }
  const timeout = setTimeout(() => {
    for (const { child } of children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }, STOP_TIMEOUT_MS);
  await Promise.all(children.map((c) => c.exited));
  clearTimeout(timeout);
  rmSync(pidFile, { force: true });
  process.stdout.write("Stopped.\n");
  process.exit(exitCode);
}

process.on("SIGINT", () => stopAll("Ctrl-C", 0));
process.on("SIGTERM", () => stopAll("SIGTERM", 0));
process.on("SIGHUP", () => stopAll("the terminal closed", 0));
for (const { name, exited } of children) {
  exited.then(({ code, signal }) => {
    if (!stopping) stopAll(`${name} exited with ${signal ?? `code ${code}`}`, 1);
  });
}

// `kill <npm>` stops npm and the shell it ran, not us: when our parent goes, we go.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopAll("the start command was stopped", 0);
}, 500);

function box(lines) {
  const width = Math.max(...lines.map((l) => [...l].length));
  const rule = "─".repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((l) => `│ ${l}${" ".repeat(width - [...l].length)} │`), `└${rule}┘`].join(
    "\n",
  );
}

// Ready when the dashboard answers at all (any HTTP status).
const probeUrl = `http://${host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : host.includes(":") ? `[${host}]` : host}:${port}`;
const url = ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(host)
  ? `http://localhost:${port}`
  : probeUrl;
const started = Date.now();
while (!stopping) {
  const answered = await fetch(`${probeUrl}/login`, {
    redirect: "manual",
    signal: AbortSignal.timeout(2_000),
  }).then(
    () => true,
    () => false,
  );
  if (answered) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `\n${box([`Tidemark is ready (${seconds} s): ${url}`, ...login.split("\n").filter(Boolean), "Ctrl-C stops the worker and the dashboard."])}\n`,
    );
    break;
  }
  await new Promise((done) => setTimeout(done, 500));
}
