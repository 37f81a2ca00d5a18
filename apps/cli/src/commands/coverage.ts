import { rebuildCoverage } from "@tidemark/themes/coverage";
import type { Command } from "commander";
import { getDb } from "../resources.ts";
import { describe } from "./catalog.ts";

export function registerCoverage(program: Command): void {
  const coverage = program.command("coverage").description(describe("coverage"));
  coverage
    .command("rebuild")
    .description(
      "Recompute every coverage aggregate from the articles and hits, in batches (safe while workers run)",
    )
    .action(async () => {
      const started = Date.now();
      const summary = await rebuildCoverage(await getDb(), {
        onProgress: ({ step, done, total }) => {
          if (process.stderr.isTTY) process.stderr.write(`\r${step}: ${done} / ${total}   `);
        },
      });
      if (process.stderr.isTTY) process.stderr.write("\n");
      console.log(
        `Coverage aggregates rebuilt in ${Date.now() - started} ms (${summary.articleBatches} article batches, ${summary.windows} windows).`,
      );
    });
}
