// `tidemark stories rebuild | list | show`: text families and stories (@tidemark/stories).
import { listStories, rebuildGrouping, storyDetail } from "@tidemark/stories";
import type { Command } from "commander";
import { z } from "zod";
import { CliError, EXIT } from "../exit-codes.ts";
import { positiveInt } from "../options/positive-int.ts";
import { printJson } from "../output.ts";
import { getDb } from "../resources.ts";
import { findTheme } from "../themes/find-theme.ts";
import { describe } from "./catalog.ts";

export function registerStories(program: Command): void {
  const stories = program.command("stories").description(describe("stories"));
  stories
    .command("rebuild")
    .description("Forget every text family and story, then group every tagged article again in time order")
    .action(async () => {
      const started = Date.now();
      const result = await rebuildGrouping(await getDb(), (p) => {
        process.stderr.write(`\rgrouped ${p.done}/${p.total}`);
      });
      process.stderr.write("\n");
      console.log(
        `Grouped ${result.grouped} of ${result.total} articles (${result.skipped} left to their tag job) in ${Date.now() - started} ms.`,
      );
    });
  stories
    .command("list")
    .description("Stories, most recently active first")
    .option("--theme <slug>", "only stories with articles this theme matches")
    .option(
      "--min-outlets <n>",
      "only stories told by at least this many outlets",
      (v: string) => positiveInt(v, "--min-outlets"),
      1,
    )
    .option("--limit <n>", "how many", (v: string) => positiveInt(v, "--limit"), 25)
    .option("--json", "print JSON")
    .action(async (options: { theme?: string; minOutlets: number; limit: number; json?: boolean }) => {
      const db = await getDb();
      const theme = options.theme ? await findTheme(db, options.theme) : null;
      const page = await listStories(db, {
        ...(theme ? { themeId: theme.id } : {}),
        minOutlets: options.minOutlets,
        limit: options.limit,
      });
      if (options.json) return printJson(page);
      if (page.stories.length === 0) return console.log("No stories yet.");
      for (const s of page.stories)
        console.log(
          `${s.id}  ${s.firstSeenAt.toISOString().slice(0, 16)}  ${String(s.outletCount).padStart(3)} outlets  ${String(s.articleCount).padStart(4)} articles  ${s.label || s.headTitle || ""}`,
        );
    });
  stories
    .command("show")
    .description("One story: outlets, copies, timeline and themes")
    .argument("<id>", "story id")
    .action(async (id: string) => {
      if (!z.uuid().safeParse(id).success)
        throw new CliError(`"${id}" is not a story id (a UUID).`, EXIT.usage);
      const detail = await storyDetail(await getDb(), id);
      if (!detail) throw new CliError(`No story ${id}.`);
      printJson(detail);
    });
}
