// `pnpm bench faults`: ingest a local site of N article pages with real worker processes, and in
// full flight inject one fault at a time (kill -9 of a worker, Redis FLUSHALL, Redis stopped and
// restarted empty, Postgres restarted, a theme edited). The benchmark runs its own Redis and
// Postgres on other ports, so it can break them. For each fault it prints submitted, final, lost,
// duplicated, stuck, failed, wrong hits and coverage cells against a recount, and the time from
// the end of the fault until work flowed again and until everything settled, with no human
// action. Targets: 0 lost, 0 duplicated, 0 stuck, 0 failed, 0 wrong, recovery ≤ 60 s.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@tidemark/db";
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import { submitUrls } from "@tidemark/intake";
import { createRedisConnection, Producer } from "@tidemark/queue";
import { loadDefaultPack } from "@tidemark/themes";
import { startWorkerProcess } from "../support/worker-processes.ts";
import { FAULTS, type Fault } from "./faults.ts";
import { type Outcome, outcome, progress, settled } from "./measure.ts";
import { OwnPostgres } from "./own-postgres.ts";
import { OwnRedis } from "./own-redis.ts";
import { startNewsSite } from "./site.ts";

interface Row extends Outcome {
  fault: string;
  recoverSeconds: number | null;
  settleSeconds: number | null;
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      pages: { type: "string", default: "5000" },
      workers: { type: "string", default: "2" },
      faults: { type: "string", default: FAULTS.map((f) => f.name).join(",") },
      "at-share": { type: "string", default: "0.3" },
      "redis-down-seconds": { type: "string", default: "60" },
      "settle-seconds": { type: "string", default: "900" },
    },
  });
  const pages = Number(values.pages);
  const chosen = (values.faults ?? "").split(",").map((name) => {
    const fault = FAULTS.find((f) => f.name === name);
    if (!fault) throw new Error(`Unknown fault "${name}"; known: ${FAULTS.map((f) => f.name).join(", ")}`);
    return fault;
  });
  const settings = {
    pages,
    workers: Number(values.workers),
    atShare: Number(values["at-share"]),
    redisDownMs: Number(values["redis-down-seconds"]) * 1000,
    settleMs: Number(values["settle-seconds"]) * 1000,
  };
  console.log(`# pnpm bench faults ${args.join(" ")}`.trim());
  console.log(
    `${pages} article pages on a local site, ${settings.workers} worker processes, default theme pack; ` +
      `each fault injected when ${Math.round(settings.atShare * 100)}% of articles are final.\n`,
  );
  const site = await startNewsSite(pages);
  const redis = await OwnRedis.start();
  const postgres = await OwnPostgres.start();
  // Ctrl-C still stops the private Redis and Postgres and removes their files.
  const stopServices = async () => {
    await redis.down();
    await postgres.stop();
    process.exit(130);
  };
  process.once("SIGINT", stopServices);
  process.once("SIGTERM", stopServices);
  const rows: Row[] = [];
  try {
    for (const fault of chosen) {
      const row = await runFault(fault, {
        ...settings,
        siteUrls: site.urls,
        hostPort: site.server.hostPort,
        redis,
        postgres,
      });
      rows.push(row);
      console.error(`${fault.name}: ${JSON.stringify(row)}`);
    }
  } finally {
    await site.server.close();
    await redis.down();
    await postgres.stop();
  }
  printTable(rows);
}

interface RunSettings {
  pages: number;
  workers: number;
  atShare: number;
  redisDownMs: number;
  settleMs: number;
  siteUrls: string[];
  hostPort: string;
  redis: OwnRedis;
  postgres: OwnPostgres;
}

async function runFault(fault: Fault, s: RunSettings): Promise<Row> {
  const databaseUrl = s.postgres.url(`tidemark_faults_${fault.name.replaceAll("-", "_")}`);
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  await s.redis.flushAll();
  const db = createPrismaClient(databaseUrl, 4);
  const connection = createRedisConnection("producer", s.redis.url);
  const producer = new Producer({ connection, prefix: "tidemark" });
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: s.redis.url,
    REDIS_PREFIX: "tidemark",
    TIDEMARK_FETCH_ALLOW_HOSTS: s.hostPort,
    TIDEMARK_FETCH_HOST_MIN_GAP_MS: "0",
    TIDEMARK_FETCH_HOST_CONCURRENCY: "1000",
    LOG_LEVEL: "warn",
  };
  const workers = Array.from({ length: s.workers }, () => startWorkerProcess({ ...env, LOG_LEVEL: "info" }));
  try {
    await Promise.all(workers.map((w) => w.ready));
    await loadDefaultPack(db, producer);
    for (let i = 0; i < s.siteUrls.length; i += 1_000) {
      await submitUrls(db, producer, s.siteUrls.slice(i, i + 1_000));
    }
    // In full flight: wait until the chosen share of articles is final.
    const threshold = Math.floor(s.pages * s.atShare);
    while ((await progress(db)).final < threshold) await pause(200);

    await fault.inject({
      db,
      producer,
      redis: s.redis,
      postgres: s.postgres,
      workers,
      redisDownMs: s.redisDownMs,
    });
    const faultEnded = Date.now();
    const atEnd = await progressWhenReachable(db);
    let recoveredAt: number | null = null;
    let settledAt: number | null = null;
    while (Date.now() - faultEnded < s.settleMs) {
      const now = await progressWhenReachable(db);
      if (recoveredAt === null && (now.final > atEnd.final || settled(now, s.pages)))
        recoveredAt = Date.now();
      if (settled(now, s.pages)) {
        settledAt = Date.now();
        break;
      }
      await pause(250);
    }
    const result = await outcome(db, producer, s.pages);
    return {
      fault: `${fault.name}: ${fault.what}`,
      ...result,
      recoverSeconds: recoveredAt === null ? null : (recoveredAt - faultEnded) / 1000,
      settleSeconds: settledAt === null ? null : (settledAt - faultEnded) / 1000,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await producer.close();
    await db.$disconnect();
  }
}

/** Progress, waiting out a moment when the database is still coming back. */
async function progressWhenReachable(db: Parameters<typeof progress>[0]) {
  for (let tries = 0; ; tries += 1) {
    try {
      return await progress(db);
    } catch (error) {
      if (tries > 120) throw error;
      await pause(250);
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function printTable(rows: Row[]): void {
  console.log(
    "| fault | submitted | final | lost | duplicated | stuck | of which stranded | failed | wrong hits | coverage cells off | work resumed after | settled after |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const secs = (v: number | null) => (v === null ? "not within the settle time" : `${v.toFixed(1)} s`);
    console.log(
      `| ${r.fault} | ${r.submitted} | ${r.final} | ${r.lost} | ${r.duplicated} | ${r.stuck} | ${r.stranded} | ${r.failed} | ${r.wrongHits} | ${r.coverageMismatch} | ${secs(r.recoverSeconds)} | ${secs(r.settleSeconds)} |`,
    );
  }
}
