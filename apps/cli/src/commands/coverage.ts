import { rebuildCoverage } from "@tidemark/themes/coverage";
import type { Command } from "commander";
import { getDb } from "../resources.ts";
import { describe } from "./catalog.ts";

export function registerCoverage(program: Command): void {
  const coverage = program.command("coverage").description(describe("coverage"));
  coverage
    .command("rebuild")
    .description("Recompute every coverage aggregate from the articles and hits (safe, takes a lock)")
    .action(async () => {
      const started = Date.now();
      await rebuildCoverage(await getDb());
      console.log(`Coverage aggregates rebuilt in ${Date.now() - started} ms.`);
    });
}
