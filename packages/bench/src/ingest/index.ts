// `pnpm bench ingest`: end to end, from a local HTTP server serving N pages, through the real
// intake, queue and worker processes, into Postgres — in articles per second with 1, 2 and 4
// worker processes. Each run starts from an empty database with the default theme pack loaded,
// so "done" includes theme tagging.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient, type Db } from "@tidemark/db";
import { submitUrls } from "@tidemark/intake";
import { createRedisConnection, Producer, QUEUES } from "@tidemark/queue";
import { startFixtureServer } from "@tidemark/testing";
import { loadDefaultPack } from "@tidemark/themes";
import { benchTargets, dropBenchDatabase, freshBenchDatabase } from "../support/bench-database.ts";
import { SHARED_DATA_DIR } from "../support/data-dir.ts";
import { env } from "../support/env.ts";
import { startWorkerProcess } from "../support/worker-processes.ts";
import { loadBenchPages } from "./pages.ts";

const PAGES_DIR = join(SHARED_DATA_DIR, "extraction-dev", "pages");

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      pages: { type: "string", default: "1000" },
      workers: { type: "string", default: "1,2,4" },
      concurrency: { type: "string", default: "8" },
      "cpu-prof": { type: "string" },
    },
  });
  const total = Number(values.pages);
  const workerCounts = (values.workers ?? "1,2,4").split(",").map(Number);
  const pages = await loadBenchPages(PAGES_DIR);
  const server = await startFixtureServer();
  for (let i = 0; i < total; i += 1) {
    const body = pages[i % pages.length] ?? Buffer.from("");
    server.route(
      `/article/${i}`,
      (_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end(body),
    );
  }
  const targets = benchTargets("ingest", env.DATABASE_URL, env.REDIS_URL);
  console.log(
    `# pnpm bench ingest --pages ${total} --workers ${workerCounts.join(",")} --concurrency ${values.concurrency}`,
  );
  console.log(`${total} URLs over ${pages.length} distinct real pages, with the default theme pack loaded\n`);
  console.log(
    "| worker processes | concurrency each | themes | extracted/s | extracted + tagged/s | failed | wall time |",
  );
  console.log("|---|---|---|---|---|---|---|");
  try {
    for (const workers of workerCounts) {
      const nodeArgs = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${values["cpu-prof"]}`] : [];
      const row = await runOnce(
        targets,
        server.url("/"),
        server.hostPort,
        total,
        workers,
        values.concurrency ?? "8",
        nodeArgs,
      );
      console.log(
        `| ${workers} | ${values.concurrency} | ${row.themes} | ${row.extractedPerSecond.toFixed(1)} | ${row.donePerSecond.toFixed(1)} | ${row.failed} | ${row.seconds.toFixed(1)} s |`,
      );
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
  total: number,
  workerCount: number,
  concurrency: string,
  nodeArgs: string[],
) {
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
        WORKER_INGEST_CONCURRENCY: concurrency,
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
    const urls = Array.from({ length: total }, (_, i) => new URL(`/article/${i}`, origin).toString());
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
    return {
      themes: pack.created.length,
      extractedPerSecond: total / ((extractedAt - started) / 1000),
      donePerSecond: total / ((doneAt - started) / 1000),
      failed,
      seconds: (doneAt - started) / 1000,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await producer.close();
    await db.$disconnect();
  }
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
