// A private PostgreSQL cluster for the fault benchmark (initdb into a temporary folder, its own
// port), so it can be restarted under load without touching the machine's shared server. Run as
// the `postgres` OS user when this process is root, as Postgres refuses to run as root.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.ts";

const run = promisify(execFile);

function binDir(): string {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql.");
  return root;
}

async function pgBin(name: string): Promise<string> {
  const versions = (await readdir(binDir())).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const path = join(binDir(), version, "bin", name);
    if (existsSync(path)) return path;
  }
  throw new Error(`${name} not found under /usr/lib/postgresql/*/bin.`);
}

const asRoot = () => process.getuid?.() === 0;

async function asPostgres(command: string, args: string[]): Promise<void> {
  if (asRoot()) await run("runuser", ["-u", "postgres", "--", command, ...args]);
  else await run(command, args);
}

export class OwnPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = await mkdtemp(join(tmpdir(), "tidemark-faults-pg-"));
    if (asRoot()) {
      const { stdout } = await run("id", ["-u", "postgres"]);
      const { stdout: gid } = await run("id", ["-g", "postgres"]);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    const pg = new OwnPostgres(dir, await freePort());
    await asPostgres(await pgBin("initdb"), [
      "-D",
      join(dir, "data"),
      "-A",
      "trust",
      "-U",
      "postgres",
      "--no-sync",
    ]);
    await pg.ctl("start");
    return pg;
  }

  url(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private async ctl(action: "start" | "restart" | "stop"): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    await asPostgres(await pgBin("pg_ctl"), [
      "-D",
      join(this.dir, "data"),
      "-l",
      join(this.dir, "server.log"),
      "-w",
      "-m",
      "fast",
      ...(action === "stop" ? [] : ["-o", options]),
      action,
    ]);
  }

  /** What an operator's `systemctl restart postgresql` does: every connection is cut (57P01). */
  restart(): Promise<void> {
    return this.ctl("restart");
  }

  async stop(): Promise<void> {
    await this.ctl("stop").catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}
