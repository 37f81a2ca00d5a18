// `tidemark voices`: who the stored articles quote most (speakers merged with tracked people and
// organisations), optionally for one theme, outlet, period or speaker kind; and
// `tidemark voices backfill` to extract quotes for articles stored before quotes existed.
import {
  readQuotesBackfill,
  SPEAKER_KINDS,
  startQuotesBackfill,
  topVoices,
  voicesFilterSchema,
} from "@tidemark/voices";
import { type Command, Option } from "commander";
import { positiveInt } from "../options/positive-int.ts";
import { printJson } from "../output.ts";
import { getDb, getProducer } from "../resources.ts";
import { findSource } from "../sources/find-source.ts";
import { findTheme } from "../themes/find-theme.ts";

interface VoicesOptions {
  theme?: string;
  source?: string;
  from?: string;
  to?: string;
  kind?: (typeof SPEAKER_KINDS)[number];
  limit: string;
  json?: boolean;
}

export function registerVoices(program: Command): void {
  const voices = program
    .command("voices")
    .description("Who is quoted most, with counts and each voice's latest quote")
    .option("--theme <slug>", "only articles matching this theme")
    .option("--source <domain>", "only articles from this outlet")
    .option("--from <date>", "first day (YYYY-MM-DD, UTC, publication date)")
    .option("--to <date>", "last day (YYYY-MM-DD)")
    .addOption(new Option("--kind <kind>", "speaker kind").choices([...SPEAKER_KINDS]))
    .option("--limit <n>", "how many voices", "20")
    .option("--json", "print JSON")
    .action(async (o: VoicesOptions) => {
      const db = await getDb();
      const filter = voicesFilterSchema.parse({
        themeId: o.theme ? (await findTheme(db, o.theme)).id : undefined,
        sourceId: o.source ? (await findSource(db, o.source)).id : undefined,
        from: o.from,
        to: o.to,
        kind: o.kind,
      });
      const result = await topVoices(db, filter, { limit: positiveInt(o.limit, "--limit"), offset: 0 });
      if (o.json) return printJson(result);
      if (result.voices.length === 0) {
        console.log("No quoted voices under these filters.");
        return;
      }
      for (const v of result.voices) {
        console.log(
          `${String(v.quotes).padStart(6)} quotes ${String(v.articles).padStart(5)} articles ${String(v.outlets).padStart(4)} outlets  ${v.label} (${v.kind})`,
        );
        console.log(`         latest: ${v.latest.quote} — ${v.latest.title ?? v.latest.url}`);
      }
    });

  voices
    .command("backfill")
    .description("Extract quotes for articles that have none for their current text (--force: for all)")
    .option("--force", "re-extract every article's quotes (e.g. after entity aliases changed)")
    .option("--status", "only show the progress of the last backfill")
    .action(async (o: { force?: boolean; status?: boolean }) => {
      const db = await getDb();
      if (o.status) return printJson({ backfill: await readQuotesBackfill(db) });
      const state = await startQuotesBackfill(db, await getProducer(), { force: o.force ?? false });
      console.log(`Quotes backfill queued for ${state.total} article(s); a worker runs it (see --status).`);
    });
}
