import { submitUrls } from "@tidemark/intake";
import type { Command } from "commander";
import { EXIT } from "../exit-codes.ts";
import { printJson, printOutcomes } from "../output.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

export function registerAdd(program: Command): void {
  program
    .command("add")
    .description(describe("add"))
    .argument("<url...>", "one or more article URLs")
    .option("--json", "print the per-URL outcomes as JSON")
    .action(async (urls: string[], options: { json?: boolean }) => {
      const result = await submitUrls(await getDb(), await getProducer(), urls);
      if (options.json) printJson(result);
      else printOutcomes(result.outcomes, result.queueWarning);
      if (result.outcomes.some((o) => o.outcome === "invalid")) process.exitCode = EXIT.partial;
    });
}
