// `pnpm bench themes`: theme preview and coverage series at scale. Builds N articles (default
// 100,000) in a throwaway database, defines themes, backfills them, then times:
//   - preview of unsaved definitions over the whole corpus (target: <= 1 s at 100k);
//   - coverage series for several themes, day/week/month, whole range (p50/p95).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@tidemark/db";
import { createRedisConnection, Producer } from "@tidemark/queue";
import { createTheme, previewDefinition, rebuildCoverage, runBackfill } from "@tidemark/themes";
import { coverageSeries } from "@tidemark/themes/series";
import { benchTargets, dropBenchDatabase, freshBenchDatabase } from "../support/bench-database.ts";
import { insertScaleArticles, readCorpus } from "../support/corpus.ts";
import { env } from "../support/env.ts";
import { percentile, timeRuns } from "../support/timing.ts";

const THEMES = [
  ["Trump", "trump"],
  ["Pandemic", "covid* OR coronavirus OR pandemic OR vaccin*"],
  ["Climate", '"climate change" OR (climate NEAR/3 (crisis OR action)) OR "global warming"'],
  ["Elections", "election* OR ballot* OR voter*"],
] as const;

const PREVIEWS = [
  "trump",
  '"supreme court"',
  "police NOT (football OR soccer)",
  "(biden OR harris) NEAR/5 (plan OR bill)",
  "immigra* OR border OR asylum",
  "tiktok OR huawei OR 字节跳动",
];

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { articles: { type: "string", default: "100000" }, keep: { type: "boolean" } },
  });
  const count = Number(values.articles);
  const targets = benchTargets("themes", env.DATABASE_URL, env.REDIS_URL);
  await freshBenchDatabase(targets);
  const db = createPrismaClient(targets.databaseUrl, 4);
  const producer = new Producer({
    connection: createRedisConnection("producer", targets.redisUrl),
    prefix: targets.redisPrefix,
  });
  try {
    let t = performance.now();
    await insertScaleArticles(db, await readCorpus(), count);
    await rebuildCoverage(db);
    // Fresh tables have no planner statistics yet; autovacuum would gather them within minutes.
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    console.log(`# pnpm bench themes --articles ${count}`);
    console.log(`Built ${count} articles in ${((performance.now() - t) / 1000).toFixed(1)} s.`);

    const themeIds: string[] = [];
    t = performance.now();
    for (const [name, definition] of THEMES) {
      const created = await createTheme(db, producer, { name, definition });
      await runBackfill(db, created.backfillId, 2_000);
      themeIds.push(created.themeId);
    }
    console.log(`Backfilled ${THEMES.length} themes in ${((performance.now() - t) / 1000).toFixed(1)} s.\n`);
    await db.$executeRawUnsafe("VACUUM ANALYZE");

    console.log("## Preview (unsaved definition over the whole corpus)\n");
    console.log("| definition | method | matched | articles read | p50 | p95 |");
    console.log("|---|---|---|---|---|---|");
    for (const definition of PREVIEWS) {
      let last: Awaited<ReturnType<typeof previewDefinition>> | undefined;
      const times = await timeRuns(5, async () => {
        last = await previewDefinition(db, { definition, budgetMs: 30_000 });
      });
      const info = last?.ok
        ? `${last.method} | ${last.matched} | ${last.method === "database" ? 0 : last.scanned}`
        : "error | - | -";
      console.log(
        `| \`${definition}\` | ${info} | ${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 95).toFixed(0)} ms |`,
      );
    }

    console.log("\n## Coverage series (4 themes, all sources, whole corpus range)\n");
    console.log("| unit | time zone | buckets | p50 | p95 |");
    console.log("|---|---|---|---|---|");
    for (const [unit, timezone] of [
      ["day", "UTC"],
      ["week", "America/New_York"],
      ["month", "Europe/Berlin"],
      ["week", "Asia/Kolkata"],
    ] as const) {
      let buckets = 0;
      const times = await timeRuns(20, async () => {
        const series = await coverageSeries(db, {
          themeIds,
          unit,
          timezone,
          from: "2018-05-01",
          to: "2022-09-30",
        });
        buckets = series.buckets.length;
      });
      console.log(
        `| ${unit} | ${timezone} | ${buckets} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms |`,
      );
    }
  } finally {
    await producer.close();
    await db.$disconnect();
    if (!values.keep) await dropBenchDatabase(targets);
  }
}
