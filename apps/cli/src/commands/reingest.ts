// `tidemark reingest`: fetch articles again now (catching edits), without creating a schedule.
import { type Command, Option } from "commander";
import { z } from "zod";
import { CliError, EXIT } from "../exit-codes.ts";
import { positiveInt } from "../options/positive-int.ts";
import { remoteClient, requireLocal } from "../remote/client.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

export function registerReingest(program: Command): void {
  program
    .command("reingest")
    .description(describe("reingest"))
    .argument("[ids...]", "article ids (default: use --scope)")
    .addOption(
      new Option("--scope <scope>", "which articles").choices(["all", "failed", "recent"]).default("all"),
    )
    .option("--days <n>", "with --scope recent: published in the last n days", "7")
    .option("--limit <n>", "at most this many", "10000")
    .action(
      async (ids: string[], options: { scope: "all" | "failed" | "recent"; days: string; limit: string }) => {
        if (ids.length) {
          const invalid = ids.filter((id) => !z.uuid().safeParse(id).success);
          if (invalid.length)
            throw new CliError(
              `Not article ids: ${invalid.join(", ")} (see \`tidemark status\`).`,
              EXIT.usage,
            );
          const api = remoteClient();
          if (api) {
            // POST /api/articles/:id/reingest, one per article.
            let queued = 0;
            for (const id of ids) {
              const answer = await api.post<{ queued: boolean }>(`/api/articles/${id}/reingest`);
              if (answer.queued) queued += 1;
            }
            console.log(
              `${queued} articles queued for re-ingest (${ids.length - queued} were already queued).`,
            );
            return;
          }
          const { requestRefetch } = await import("@tidemark/articles");
          const db = await getDb();
          const producer = await getProducer();
          const report = await requestRefetch(db, producer, ids);
          const missing = ids.filter((id) => !report.requested.includes(id));
          if (missing.length)
            throw new CliError(`No article with a page to fetch: ${missing.join(", ")}.`, EXIT.usage);
          console.log(
            `${report.requested.length} articles queued for re-ingest` +
              (report.queueError ? ` (${report.queueError})` : "") +
              ".",
          );
          return;
        }
        // The same selection a re-ingest schedule makes, run once.
        requireLocal("reingest --scope", "Give article ids instead (the API re-ingests by id).");
        const { reingestParamsSchema, runReingest } = await import("@tidemark/schedules");
        const db = await getDb();
        const producer = await getProducer();
        const scope =
          options.scope === "recent"
            ? { scope: "recent" as const, days: positiveInt(options.days, "--days") }
            : { scope: options.scope };
        const params = reingestParamsSchema.parse({ ...scope, limit: positiveInt(options.limit, "--limit") });
        const counts = await runReingest({ db, producer }, params);
        console.log(
          `${counts.enqueued} articles queued for re-ingest (${counts.alreadyQueued} were already queued).`,
        );
      },
    );
}
