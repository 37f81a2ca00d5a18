// `pnpm bench scale --articles N`: the analytics at scale. Builds N articles spread like real
// feeds (hundreds of outlets, five years, a daily rhythm; see feed-model.ts), tagged with the
// default theme pack (see load.ts), then prints every figure of issue 12's table with p50/p95 of
// several runs: series, preview, a backfill, the pages (built web server, full HTML), article
// search, co-occurrence, spikes, database size per article, and aggregate rows per article (which
// must grow with N for the benchmark to mean anything).
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@tidemark/db";
import { createRedisConnection, Producer } from "@tidemark/queue";
import { createTheme, previewDefinition, runBackfill } from "@tidemark/themes";
import {
  cachedEmergingTerms,
  detectSpikes,
  emergingTerms,
  themeCooccurrence,
} from "@tidemark/themes/analytics";
import { coverageSeries } from "@tidemark/themes/series";
import { benchTargets, dropBenchDatabase, freshBenchDatabase } from "../support/bench-database.ts";
import { readCorpus } from "../support/corpus.ts";
import { env } from "../support/env.ts";
import { percentile, timeRuns } from "../support/timing.ts";
import { SCALE_END } from "./feed-model.ts";
import { loadScaleCorpus } from "./load.ts";
import { startWeb, webBuilt } from "./web.ts";

const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;
const row = (label: string, times: number[], note = "") =>
  console.log(`| ${label} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${note} |`);

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: "string", default: "100000" },
      sources: { type: "string", default: "400" },
      runs: { type: "string", default: "10" },
      port: { type: "string", default: "3101" },
      /** Stop the one-theme backfill after this many seconds and report its rate. */
      "backfill-seconds": { type: "string", default: "120" },
      keep: { type: "boolean" },
      reuse: { type: "boolean" },
      "no-web": { type: "boolean" },
    },
  });
  const count = Number(values.articles);
  const runs = Number(values.runs);
  if (!Number.isInteger(count) || count < 1_000) throw new Error("--articles must be a whole number ≥ 1000");
  // One database per size, so a 100k and a 1M corpus can be kept side by side (--keep, --reuse).
  const targets = benchTargets(`scale_${count}`, env.DATABASE_URL, env.REDIS_URL);
  if (!values.reuse) await freshBenchDatabase(targets);
  const db = createPrismaClient(targets.databaseUrl, 4);
  const producer = new Producer({
    connection: createRedisConnection("producer", targets.redisUrl),
    prefix: targets.redisPrefix,
  });
  const log = (line: string) => console.log(line);
  try {
    console.log(`# pnpm bench scale --articles ${count}\n`);
    if (!values.reuse) {
      const started = performance.now();
      const report = await loadScaleCorpus(
        db,
        targets.databaseUrl,
        producer,
        await readCorpus(),
        count,
        Number(values.sources),
        log,
      );
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      console.log(
        `Built ${count} articles (${report.templates} texts, ${report.themes} themes) in ${((performance.now() - started) / 1000).toFixed(0)} s.\n`,
      );
    }
    await corpusFacts(db, targets.databaseUrl, count);
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ");
    console.log(`\nLoad average before timing (1 / 5 / 15 min): ${load()}; ${cpus().length} cores.`);

    const themes = await db.theme.findMany({
      where: { seriesVersionId: { not: null } },
      select: { id: true, slug: true },
      orderBy: { createdAt: "asc" },
    });
    const hitCounts = await db.$queryRaw<{ theme_id: string; n: number }[]>`
      SELECT theme_id, count(*)::int AS n FROM article_theme_hits GROUP BY 1 ORDER BY 2 DESC`;
    const byHits = hitCounts.map((h) => h.theme_id);
    const all = themes.map((t) => t.id).slice(0, 30);
    const five = byHits.slice(0, 5);
    const fiveYears = { from: "2021-12-01", to: "2026-11-30" };
    const topSources = await db.$queryRaw<{ id: string }[]>`
      SELECT source_id AS id FROM articles WHERE source_id IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 20`;

    console.log("\n## Series, preview, analytics (in process)\n");
    console.log("| measure | p50 | p95 | notes |");
    console.log("|---|---|---|---|");
    for (const [label, unit, timezone, themeIds, sourceIds] of [
      ["Series, week, Asia/Kolkata, 5 y, 5 themes", "week", "Asia/Kolkata", five, undefined],
      ["Series, day, UTC, 5 y, 30 themes", "day", "UTC", all, undefined],
      ["Series, day, UTC, 5 y, 30 themes, 20 sources", "day", "UTC", all, topSources.map((s) => s.id)],
      ["Series, day, Asia/Kathmandu, 5 y, 5 themes", "day", "Asia/Kathmandu", five, undefined],
      ["Series, month, America/New_York, 10 y, 30 themes", "month", "America/New_York", all, undefined],
    ] as const) {
      let method = "";
      const from = label.includes("10 y") ? "2016-12-01" : fiveYears.from;
      const times = await timeRuns(runs, async () => {
        const s = await coverageSeries(db, {
          themeIds: [...themeIds],
          unit,
          timezone,
          from,
          to: fiveYears.to,
          ...(sourceIds ? { sourceIds: [...sourceIds] } : {}),
        });
        method = `${s.method}, ${s.buckets.length} buckets`;
      });
      row(label, times, method);
    }
    for (const definition of ["trump", '"supreme court"']) {
      let note = "";
      const times = await timeRuns(Math.min(runs, 5), async () => {
        const p = await previewDefinition(db, { definition, budgetMs: 60_000 });
        note = p.ok ? `${p.method}, ${p.matched} matched, complete ${p.complete}` : "error";
      });
      row(`Preview \`${definition}\``, times, note);
    }
    for (const [label, extra] of [
      ["Co-occurrence, 5 themes, 5 y", {}],
      ["Co-occurrence, 5 themes, 5 y, Asia/Kolkata", { timezone: "Asia/Kolkata" }],
      ["Co-occurrence, 5 themes, 5 y, 20 sources", { sourceIds: topSources.map((s) => s.id) }],
    ] as const) {
      const cooc = await timeRuns(Math.min(runs, 5), () =>
        themeCooccurrence(db, { themeIds: five, ...fiveYears, unit: "week", ...extra }),
      );
      row(label, cooc);
    }
    const spikeTo = new Date(SCALE_END - 86_400_000).toISOString().slice(0, 10);
    const spikeFrom = new Date(SCALE_END - 90 * 86_400_000).toISOString().slice(0, 10);
    // Default thresholds, then loose ones so that many spikes name their articles (the part that
    // reads articles and hits); the notes say how many spikes each found.
    for (const [label, loose] of [
      ["Spikes, day, 90 d, 5 themes", {}],
      ["Spikes, day, 90 d, 5 themes, threshold 1, ratio 1.1", { threshold: 1, minRatio: 1.1 }],
    ] as const) {
      let found = 0;
      const spikes = await timeRuns(Math.min(runs, 5), async () => {
        const r = await detectSpikes(db, {
          themeIds: five,
          unit: "day",
          from: spikeFrom,
          to: spikeTo,
          articlesPerSpike: 5,
          ...loose,
        });
        found = r.themes.reduce((n, t) => n + t.spikes.length, 0);
      });
      row(label, spikes, `${found} spikes`);
    }

    // Emerging terms of the largest theme over the last 90 days, as the theme page asks for them:
    // computed (up to 5,000 texts per period read and tokenised), then from the cache per
    // (version, period) once an entry exists.
    const termsInput = { themeId: byHits[0] ?? "", from: spikeFrom, to: spikeTo, limit: 12 };
    let read = "";
    const terms = await timeRuns(Math.min(runs, 3), async () => {
      const r = await emergingTerms(db, termsInput);
      read = `${r.current.read} + ${r.previous.read} articles read, ${r.terms.length} terms`;
    });
    row("Emerging terms, largest theme, 90 d, computed", terms, read);
    await cachedEmergingTerms(db, termsInput);
    let hits = 0;
    let calls = 0;
    const cached = await timeRuns(Math.min(runs, 5), async () => {
      calls += 1;
      if ((await cachedEmergingTerms(db, termsInput)).cache.hit) hits += 1;
    });
    row("Emerging terms, largest theme, 90 d, cached", cached, `${hits} of ${calls} calls hit the cache`);

    await timeBackfill(db, producer, Number(values["backfill-seconds"]));
    console.log(`\nLoad average after (1 / 5 / 15 min): ${load()}.`);
    if (values["no-web"]) return;
    if (!webBuilt()) {
      console.log("\n(no web build: run `pnpm --filter @tidemark/web exec next build` to time the pages)");
      return;
    }
    const web = await startWeb(db, { ...targets, port: Number(values.port) });
    try {
      console.log("\n## Pages (built web server, full HTML, server time)\n");
      console.log("| page | p50 | p95 | notes |");
      console.log("|---|---|---|---|");
      const theme = byHits[0] ?? "";
      for (const [label, path] of [
        ["Theme page (largest theme)", `/themes/${theme}`],
        ["`/`", "/"],
        ["`/compare`", "/compare"],
        ["`/health`", "/health"],
        ["Article search `q=trump`", "/articles?q=trump"],
        ["Article search `q=huawei` (rare)", "/articles?q=huawei"],
      ] as const) {
        let note = "";
        const times = await timeRuns(Math.min(runs, 3), async () => {
          const r = await web.get(path);
          if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
          note = `${(r.bytes / 1024).toFixed(0)} KB`;
        });
        row(label, times, note);
      }
    } finally {
      await web.stop();
    }
  } finally {
    await producer.close();
    await db.$disconnect();
    if (!values.keep) await dropBenchDatabase(targets);
  }
}

/** Size and aggregate rows per article: the figures that say whether the corpus is realistic. */
async function corpusFacts(db: ReturnType<typeof createPrismaClient>, databaseUrl: string, count: number) {
  const name = new URL(databaseUrl).pathname.slice(1);
  const [size] = await db.$queryRaw<{ bytes: bigint }[]>`SELECT pg_database_size(${name}) AS bytes`;
  const tables = await db.$queryRaw<{ table: string; rows: number; bytes: bigint }[]>`
    SELECT c.relname AS table, c.reltuples::float8 AS rows, pg_total_relation_size(c.oid) AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.reltuples > 0 ORDER BY 3 DESC`;
  console.log("| table | rows (estimate) | rows per article | size | bytes per article |");
  console.log("|---|---|---|---|---|");
  for (const t of tables) {
    console.log(
      `| ${t.table} | ${Math.round(t.rows)} | ${(t.rows / count).toFixed(2)} | ${(Number(t.bytes) / 2 ** 20).toFixed(0)} MB | ${(Number(t.bytes) / count).toFixed(0)} |`,
    );
  }
  console.log(
    `\nDatabase size: ${(Number(size?.bytes ?? 0) / 2 ** 30).toFixed(2)} GB, ${(Number(size?.bytes ?? 0) / count / 1024).toFixed(2)} KB per article.`,
  );
}

/**
 * One new theme backfilled as the worker would run it. Past the time cap it is cancelled (between
 * batches, as a user's cancel) and the rate and the extrapolated full time are reported instead.
 */
async function timeBackfill(
  db: ReturnType<typeof createPrismaClient>,
  producer: Producer,
  capSeconds: number,
) {
  const started = performance.now();
  const created = await createTheme(db, producer, { name: "Bench Trump", definition: "trump" });
  const timer = setTimeout(() => {
    db.themeBackfill
      .update({ where: { id: created.backfillId }, data: { cancelRequested: true } })
      .catch((error: unknown) => console.error("could not cancel the bench backfill:", error));
  }, capSeconds * 1000);
  // Two parts at once: this process overlaps one part's database waits with the other's matching,
  // as two worker processes would.
  const result = await runBackfill(db, created.backfillId, 2_000, { concurrency: 2 });
  clearTimeout(timer);
  const elapsed = performance.now() - started;
  if (result.status === "done") {
    console.log(
      `| Backfill of one new theme (\`trump\`) | ${ms(elapsed)} | | ${result.done} read, ${result.matched} matched |`,
    );
    return;
  }
  const rate = result.done / (elapsed / 1000);
  console.log(
    `| Backfill of one new theme (\`trump\`) | ~${ms((result.total / rate) * 1000)} (extrapolated) | | stopped after ${(elapsed / 1000).toFixed(0)} s: ${result.done} of ${result.total} read, ${rate.toFixed(0)} articles/s |`,
  );
}
