import { countByStatus } from "@tidemark/articles";
import { QUEUES } from "@tidemark/queue";
import type { Command } from "commander";
import { printJson } from "../output.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description(describe("status"))
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }) => {
      const db = await getDb();
      const articles = await countByStatus(db);
      const producer = await getProducer();
      const queues: Record<string, Record<string, number>> = {};
      for (const name of Object.values(QUEUES)) {
        queues[name] = await producer
          .queue(name)
          .getJobCounts("waiting", "active", "delayed", "failed", "completed");
      }
      if (options.json) return printJson({ articles, queues });
      console.log("Articles:");
      for (const [status, count] of Object.entries(articles)) console.log(`  ${status.padEnd(10)} ${count}`);
      if (Object.keys(articles).length === 0)
        console.log("  (none yet: try `tidemark add <url>` or `tidemark seed`)");
      console.log("Queues:");
      for (const [name, counts] of Object.entries(queues)) {
        console.log(
          `  ${name.padEnd(12)} ${Object.entries(counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")}`,
        );
      }
    });
}
