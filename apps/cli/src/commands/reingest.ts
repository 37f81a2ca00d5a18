// `tidemark reingest`: fetch articles again now (catching edits), without creating a schedule.
import { reingestParamsSchema, runReingest } from "@tidemark/schedules";
import { type Command, Option } from "commander";
import { getDb, getProducer } from "../resources.ts";

export function registerReingest(program: Command): void {
  program
    .command("reingest")
    .description("Queue articles to be fetched again; changed content becomes a new version")
    .argument("[ids...]", "article ids (default: use --scope)")
    .addOption(
      new Option("--scope <scope>", "which articles").choices(["all", "failed", "recent"]).default("all"),
    )
    .option("--days <n>", "with --scope recent: published in the last n days", "7")
    .option("--limit <n>", "at most this many", "10000")
    .action(
      async (ids: string[], options: { scope: "all" | "failed" | "recent"; days: string; limit: string }) => {
        const db = await getDb();
        const producer = await getProducer();
        if (ids.length) {
          let queued = 0;
          for (const articleId of ids) {
            if (
              await producer.enqueue("ingestArticle", { articleId, reason: "reingest" }, { jobId: articleId })
            )
              queued += 1;
          }
          console.log(`${queued} of ${ids.length} articles queued for re-ingest.`);
          return;
        }
        // The same selection a re-ingest schedule makes, run once.
        const scope =
          options.scope === "recent"
            ? { scope: "recent" as const, days: Number(options.days) }
            : { scope: options.scope };
        const params = reingestParamsSchema.parse({ ...scope, limit: Number(options.limit) });
        const counts = await runReingest({ db, producer }, params);
        console.log(
          `${counts.enqueued} articles queued for re-ingest (${counts.alreadyQueued} were already queued).`,
        );
      },
    );
}
