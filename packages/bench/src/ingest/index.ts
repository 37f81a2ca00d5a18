// `pnpm bench ingest`: end to end, from a local HTTP server serving N pages, through the real
// intake, queue and worker processes, into Postgres — in articles per second with 1, 2 and 4
// worker processes. Each run starts from an empty database with the default theme pack loaded,
// so "done" includes theme tagging. `--kind real` serves the extraction dev set's real pages;
// `--kind wire` short wire stories (a few HuffPost records each). After each run the workers'
// own metrics (published through Redis, as /api/metrics reads them) give the mean time per stage.
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient, type Db } from "@tidemark/db";
import { submitUrls } from "@tidemark/intake";
import { readWorkerMetrics } from "@tidemark/metrics";
import { createRedisConnection, Producer, QUEUES } from "@tidemark/queue";
import { startFixtureServer } from "@tidemark/testing";
import { loadDefaultPack } from "@tidemark/themes";
import type { Redis } from "ioredis";
import { startNewsSite } from "../faults/site.ts";
import { benchTargets, dropBenchDatabase, freshBenchDatabase } from "../support/bench-database.ts";
import { SHARED_DATA_DIR } from "../support/data-dir.ts";
import { env } from "../support/env.ts";
import { startWorkerProcess } from "../support/worker-processes.ts";
import { loadBenchPages } from "./pages.ts";
import { summarizeProfiles } from "./profile-summary.ts";

const PAGES_DIR = join(SHARED_DATA_DIR, "extraction-dev", "pages");

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      pages: { type: "string", default: "1000" },
      workers: { type: "string", default: "1,2,4" },
      concurrency: { type: "string", default: "8" },
      "max-concurrency": { type: "string", default: "64" },
      kind: { type: "string", default: "real" },
      "cpu-prof": { type: "string" },
    },
  });
  const total = Number(values.pages);
  const workerCounts = (values.workers ?? "1,2,4").split(",").map(Number);
  const kind = values.kind === "wire" ? "wire" : "real";
  const site = kind === "wire" ? await startNewsSite(total) : null;
  const pages = kind === "real" ? await loadBenchPages(PAGES_DIR) : [];
  const server = site?.server ?? (await startFixtureServer());
  const paths: string[] = [];
  if (site) paths.push(...site.urls.map((u) => new URL(u).pathname));
  else {
    for (let i = 0; i < total; i += 1) {
      const body = pages[i % pages.length] ?? Buffer.from("");
      server.route(
        `/article/${i}`,
        (_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end(body),
      );
      paths.push(`/article/${i}`);
    }
  }
  const targets = benchTargets("ingest", env.DATABASE_URL, env.REDIS_URL);
  const concurrency = values.concurrency ?? "8";
  const maxConcurrency = values["max-concurrency"] ?? "64";
  console.log(
    `# pnpm bench ingest --kind ${kind} --pages ${total} --workers ${workerCounts.join(",")} --concurrency ${concurrency} --max-concurrency ${maxConcurrency}`,
  );
  console.log(
    kind === "real"
      ? `${total} URLs over ${pages.length} distinct real pages, with the default theme pack loaded`
      : `${total} short wire stories (HuffPost records), with the default theme pack loaded`,
  );
  console.log(
    `node ${process.version}; load average at start ${loadavg()[0]?.toFixed(1)} (${cpus().length} cores)\n`,
  );
  const stageRows: string[] = [];
  const profileRows: string[] = [];
  console.log(
    "| worker processes | concurrency start → max | themes | extracted/s | extracted + tagged/s | failed | wall time |",
  );
  console.log("|---|---|---|---|---|---|---|");
  try {
    for (const workers of workerCounts) {
      const profileDir = values["cpu-prof"] ? join(values["cpu-prof"], `workers-${workers}`) : null;
      const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
      const row = await runOnce(targets, server.url("/"), server.hostPort, paths, workers, nodeArgs, {
        concurrency,
        maxConcurrency,
      });
      console.log(
        `| ${workers} | ${concurrency} → ${maxConcurrency} | ${row.themes} | ${row.extractedPerSecond.toFixed(1)} | ${row.donePerSecond.toFixed(1)} | ${row.failed} | ${row.seconds.toFixed(1)} s |`,
      );
      stageRows.push(`| ${workers} | ${STAGES.map((s) => row.stages[s] ?? "–").join(" | ")} |`);
      if (profileDir) profileRows.push(...(await profileTable(profileDir, workers, total)));
    }
    console.log(
      "\nMean time per ingest job and stage (ms), and statements sent to Postgres per article, from the workers' own metrics:\n",
    );
    console.log(`| worker processes | ${STAGES.join(" | ")} |`);
    console.log(`|---|${STAGES.map(() => "---").join("|")}|`);
    for (const line of stageRows) console.log(line);
    if (profileRows.length > 0) {
      console.log("\nWorker CPU per article (ms), by part, from the V8 profiles (--cpu-prof):\n");
      for (const line of profileRows) console.log(line);
    }
  } finally {
    await server.close();
    await dropBenchDatabase(targets);
  }
}

async function runOnce(
  targets: ReturnType<typeof benchTargets>,
  origin: string,
  hostPort: string,
  paths: readonly string[],
  workerCount: number,
  nodeArgs: string[],
  limits: { concurrency: string; maxConcurrency: string },
) {
  const total = paths.length;
  await freshBenchDatabase(targets);
  const db = createPrismaClient(targets.databaseUrl, 4);
  const connection = createRedisConnection("producer", targets.redisUrl);
  const producer = new Producer({ connection, prefix: targets.redisPrefix });
  const pack = await loadDefaultPack(db, producer);
  const workers = Array.from({ length: workerCount }, () =>
    startWorkerProcess(
      {
        DATABASE_URL: targets.databaseUrl,
        REDIS_URL: targets.redisUrl,
        REDIS_PREFIX: targets.redisPrefix,
        TIDEMARK_FETCH_ALLOW_HOSTS: hostPort,
        TIDEMARK_FETCH_HOST_MIN_GAP_MS: "0",
        TIDEMARK_FETCH_HOST_CONCURRENCY: "1000",
        WORKER_INGEST_CONCURRENCY: limits.concurrency,
        WORKER_INGEST_CONCURRENCY_MAX: limits.maxConcurrency,
        LOG_LEVEL: "info",
      },
      nodeArgs,
    ),
  );
  try {
    await Promise.all(workers.map((w) => w.ready));
    // Let the default pack's (empty) backfills finish so they do not count against ingest.
    await drained(producer, [QUEUES.themes]);
    const started = performance.now();
    const urls = paths.map((path) => new URL(path, origin).toString());
    for (let i = 0; i < urls.length; i += 1_000) await submitUrls(db, producer, urls.slice(i, i + 1_000));
    let extractedAt = 0;
    for (;;) {
      const pending = await db.article.count({ where: { status: { in: ["queued", "fetching"] } } });
      if (pending === 0 && extractedAt === 0) extractedAt = performance.now();
      // Tagged: every extracted article's current text has been through the themes.
      if (
        extractedAt &&
        (await untagged(db)) === 0 &&
        (await queuesEmpty(producer, [QUEUES.ingest, QUEUES.themes]))
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const doneAt = performance.now();
    const failed = await db.article.count({ where: { status: "failed" } });
    // Stop the workers first: each publishes its final metrics as it shuts down.
    await Promise.all(workers.map((w) => w.stop()));
    const stages = await stageMeans(connection, targets.redisPrefix, total);
    return {
      themes: pack.created.length,
      extractedPerSecond: total / ((extractedAt - started) / 1000),
      donePerSecond: total / ((doneAt - started) / 1000),
      failed,
      seconds: (doneAt - started) / 1000,
      stages,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await producer.close();
    await db.$disconnect();
  }
}

/** The run's worker profiles, summed over its processes, as CPU ms per article by part. */
async function profileTable(dir: string, workers: number, articles: number): Promise<string[]> {
  const summaries = await summarizeProfiles(dir);
  const parts = new Map<string, number>();
  for (const s of summaries) for (const p of s.parts) parts.set(p.part, (parts.get(p.part) ?? 0) + p.ms);
  const busy = summaries.reduce((sum, s) => sum + s.busyMs, 0);
  const idle = summaries.reduce((sum, s) => sum + s.idleMs, 0);
  const perArticle = (ms: number) => (ms / articles).toFixed(2);
  return [
    `| ${workers} worker process(es): part | ms per article | share of busy time |`,
    "|---|---|---|",
    ...[...parts]
      .sort((a, b) => b[1] - a[1])
      .map(([part, ms]) => `| ${part} | ${perArticle(ms)} | ${((100 * ms) / busy).toFixed(1)}% |`),
    `| **busy, all parts** | **${perArticle(busy)}** | idle ${((100 * idle) / (busy + idle)).toFixed(0)}% of the profiled time |`,
    "",
  ];
}

const STAGES = ["job", "fetch_wait", "fetch", "extract", "match", "store", "wake_tag", "statements"] as const;

/**
 * Mean ms per stage over every worker of the run, from the metrics they published to Redis, and
 * the statements the workers sent to Postgres per article (ingest, tagging, grouping and all).
 */
async function stageMeans(redis: Redis, prefix: string, articles: number): Promise<Record<string, string>> {
  const { registry } = await readWorkerMetrics(redis, prefix);
  const sums = new Map<string, { sum: number; count: number }>();
  let statements = 0;
  for (const metric of await registry.getMetricsAsJSON()) {
    if (metric.name === "tidemark_db_statements_total")
      for (const v of metric.values as { value: number }[]) statements += v.value;
    const isStage = metric.name === "tidemark_ingest_stage_seconds";
    const isJob = metric.name === "tidemark_job_duration_seconds";
    if (!isStage && !isJob) continue;
    for (const v of metric.values as {
      metricName?: string;
      value: number;
      labels: Record<string, string | number>;
    }[]) {
      if (isJob && (v.labels.queue !== "ingest" || v.labels.outcome !== "extracted")) continue;
      const stage = isJob ? "job" : String(v.labels.stage);
      const entry = sums.get(stage) ?? { sum: 0, count: 0 };
      if (v.metricName?.endsWith("_sum")) entry.sum += v.value;
      if (v.metricName?.endsWith("_count")) entry.count += v.value;
      sums.set(stage, entry);
    }
  }
  const means = [...sums].map(([stage, { sum, count }]) => [
    stage,
    count > 0 ? ((sum / count) * 1000).toFixed(1) : "–",
  ]);
  return { ...Object.fromEntries(means), statements: (statements / articles).toFixed(1) };
}

async function untagged(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM articles
    WHERE status = 'extracted' AND tagged_hash IS DISTINCT FROM content_hash`;
  return row?.n ?? 0;
}

async function queuesEmpty(
  producer: Producer,
  names: readonly (typeof QUEUES)[keyof typeof QUEUES][],
): Promise<boolean> {
  for (const name of names) {
    const counts = await producer.queue(name).getJobCounts("waiting", "active", "delayed", "prioritized");
    if (Object.values(counts).some((n) => n > 0)) return false;
  }
  return true;
}

async function drained(
  producer: Producer,
  names: readonly (typeof QUEUES)[keyof typeof QUEUES][],
): Promise<void> {
  while (!(await queuesEmpty(producer, names))) await new Promise((resolve) => setTimeout(resolve, 100));
}
