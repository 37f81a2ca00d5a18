// `pnpm bench cli [--runs N]`: how long the `tidemark` command takes to start, as a user runs it
// (a fresh `node apps/cli/bin/tidemark.js …` process each time, wall clock until it exits), next
// to a bare `node -e 0` (the floor every Node program pays) and the old way of running the CLI
// (TypeScript compiled at run time by tsx). Besides wall clock it reports the CPU time (user +
// system, from /usr/bin/time) each process used: on a busy machine wall clock mostly measures the
// wait for a core, CPU time what the command itself costs. Needs the build: `pnpm build` (or
// `pnpm turbo run build --filter=@tidemark/cli`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { percentile } from "../support/timing.ts";

const ROOT = fileURLToPath(new URL("../../../..", import.meta.url));
const BIN = join(ROOT, "apps/cli/bin/tidemark.js");
const SOURCE_MAIN = join(ROOT, "apps/cli/src/main.ts");

interface Case {
  label: string;
  args: string[];
  runs: number;
}

const TIME = "/usr/bin/time";
const HAS_TIME = existsSync(TIME);

/** Wall clock and CPU time (ms) of one fresh process. */
function timeOnce(args: string[]): { wall: number; cpu: number } {
  const [command, commandArgs] = HAS_TIME
    ? [TIME, ["-f", "cpu %U %S", process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: "utf8", env: { ...process.env } });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const times = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  const cpu = times ? (Number(times[1]) + Number(times[2])) * 1000 : Number.NaN;
  return { wall, cpu };
}

function parseRuns(args: string[]): number {
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 15;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number ≥ 1");
  return runs;
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(join(ROOT, "apps/cli/dist/main.js")))
    throw new Error("apps/cli/dist is missing: run `pnpm build` first.");
  const runs = parseRuns(args);
  const dir = mkdtempSync(join(tmpdir(), "tidemark-bench-cli-"));
  const page = join(dir, "page.html");
  writeFileSync(
    page,
    `<html><head><title>Huawei wins appeal</title><meta name="author" content="Ann Reporter"></head><body><article><h1>Huawei wins appeal</h1>${"<p>The court ruled on Tuesday that the ban on Huawei equipment was drawn too widely, and sent the case back to the ministry for a new decision.</p>".repeat(8)}</article></body></html>`,
  );
  const tsx = pathToFileURL(createRequire(join(ROOT, "apps/cli/package.json")).resolve("tsx/esm")).href;
  const cases: Case[] = [
    { label: "node -e 0 (floor)", args: ["-e", "0"], runs },
    { label: "tidemark --help", args: [BIN, "--help"], runs },
    { label: "tidemark --version", args: [BIN, "--version"], runs },
    { label: "tidemark extract --help", args: [BIN, "extract", "--help"], runs },
    { label: "tidemark extract page.html", args: [BIN, "extract", page], runs },
    { label: "tidemark series --help", args: [BIN, "series", "--help"], runs },
    { label: "before: tsx src/main.ts --help", args: ["--import", tsx, SOURCE_MAIN, "--help"], runs: 3 },
  ];
  console.log(`command: pnpm bench cli${args.length ? ` ${args.join(" ")}` : ""}`);
  console.log(`node ${process.version}; one warm-up run per case, then one fresh process per run`);
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cpus().length} cores\n`,
  );
  console.log(
    `${"case".padEnd(34)} ${"runs".padStart(4)} ${"wall min".padStart(9)} ${"median".padStart(8)} ${"p90".padStart(8)} ${"cpu min".padStart(8)} ${"median".padStart(8)}`,
  );
  for (const c of cases) {
    timeOnce(c.args);
    const runs = Array.from({ length: c.runs }, () => timeOnce(c.args));
    const wall = runs.map((r) => r.wall);
    const cpu = runs.map((r) => r.cpu);
    const ms = (v: number, width = 8) => (Number.isNaN(v) ? "-" : `${Math.round(v)} ms`).padStart(width);
    console.log(
      `${c.label.padEnd(34)} ${String(c.runs).padStart(4)} ${ms(Math.min(...wall), 9)} ${ms(percentile(wall, 50))} ${ms(percentile(wall, 90))} ${ms(Math.min(...cpu))} ${ms(percentile(cpu, 50))}`,
    );
  }
}
