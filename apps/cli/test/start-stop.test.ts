// `npm start`'s last step, infra/supervise.mjs, as real processes: the worker and the built
// dashboard on this test's own port, database and Redis prefix. It refuses a taken port and a
// running instance with a clear message and exit code 3, prints the address in a box when the
// dashboard answers, and stops both children — leaving no orphans — on SIGINT, and when whatever
// started it (npm's shell) is killed.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alive, environment, listen, type PidFile, run, SUPERVISE, servers, until } from "./processes.ts";

describe("infra/supervise.mjs (the end of npm start)", () => {
  it("refuses a port another program holds, with a clear message and exit code 3", async () => {
    const { env, port } = await environment();
    servers.push(await listen(port));
    const result = run(process.execPath, [SUPERVISE], env);
    expect(await result.exited).toBe(3);
    expect(result.output()).toContain(`Port ${port} on 127.0.0.1 is already in use by another program`);
    expect(result.output()).toContain(`PORT=${port + 1} npm start`);
    expect(result.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
  });

  it("starts both, refuses a second instance, and stops everything when the shell that started it is killed", async () => {
    const { env, pidFile } = await environment();
    // npm runs scripts through `sh -c`; `kill <npm>` stops that shell, never the supervisor itself.
    const shell = run("sh", ["-c", `"${process.execPath}" "${SUPERVISE}"; echo after`], env);
    await until(() => shell.output().includes("Tidemark is ready"), "the ready box", 180_000);
    expect(shell.output()).toMatch(
      /┌─+┐\n│ Tidemark is ready \([\d.]+ s\): http:\/\/localhost:\d+ +│\n│ Log in as test-admin/,
    );
    const pids = JSON.parse(readFileSync(pidFile, "utf8")) as PidFile;
    expect([pids.pid, pids.children.worker, pids.children.web].every(alive)).toBe(true);

    const second = run(process.execPath, [SUPERVISE, "--check"], env);
    expect(await second.exited).toBe(3);
    expect(second.output()).toContain(`Tidemark is already running (pid ${pids.pid}`);

    shell.process.kill("SIGTERM");
    await until(
      () => ![pids.pid, pids.children.worker, pids.children.web].some(alive),
      "the supervisor, worker and web to exit",
      60_000,
    );
    expect(existsSync(pidFile)).toBe(false);
  }, 300_000);

  it("stops the worker and the dashboard on Ctrl-C (SIGINT), exiting 0", async () => {
    const { env, pidFile } = await environment();
    const supervisor = run(process.execPath, [SUPERVISE], env);
    await until(() => supervisor.output().includes("Tidemark is ready"), "the ready box", 180_000);
    const pids = JSON.parse(readFileSync(pidFile, "utf8")) as PidFile;
    supervisor.process.kill("SIGINT");
    expect(await supervisor.exited).toBe(0);
    expect(supervisor.output()).toContain("Stopping the worker and the dashboard (Ctrl-C)");
    expect(alive(pids.children.worker) || alive(pids.children.web)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
  }, 300_000);
});
