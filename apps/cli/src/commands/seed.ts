import { loadSeeds, summarize } from "@tidemark/intake";
import type { Command } from "commander";
import { printJson } from "../output.ts";
import { userPath } from "../paths.ts";
import { DEFAULT_SEEDS_DIR } from "../repo-paths.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

export function registerSeed(program: Command): void {
  program
    .command("seed")
    .description(describe("seed"))
    .option("--dir <path>", "folder with manifest.json and the article files", DEFAULT_SEEDS_DIR)
    .option("--json", "print the per-article outcomes as JSON")
    .action(async (options: { dir: string; json?: boolean }) => {
      const result = await loadSeeds(await getDb(), await getProducer(), userPath(options.dir));
      if (options.json) return printJson(result);
      const s = summarize(result.outcomes);
      console.log(`Seeds: ${s.created} added, ${s.duplicate} already present.`);
      if (result.queueWarning) console.warn(`warning: ${result.queueWarning}`);
    });
}
