import type { Command } from "commander";
import { printJson } from "../output.ts";
import { remoteClient } from "../remote/client.ts";
import { getDb, getProducer } from "../resources.ts";
import { describe } from "./catalog.ts";

type Counts = Record<string, number>;
const STATUSES = ["queued", "fetching", "extracted", "failed", "gone", "duplicate"] as const;

async function localStatus(): Promise<{ articles: Counts; queues: Record<string, Counts> }> {
  const { countByStatus } = await import("@tidemark/articles");
  const { QUEUES } = await import("@tidemark/queue");
  const articles = await countByStatus(await getDb());
  const producer = await getProducer();
  const queues: Record<string, Counts> = {};
  for (const name of Object.values(QUEUES)) {
    queues[name] = await producer
      .queue(name)
      .getJobCounts("waiting", "active", "delayed", "failed", "completed");
  }
  return { articles, queues };
}

/** From the server: queue counts from GET /api/health, article counts per status (capped at 10,000). */
async function remoteStatus(): Promise<{ articles: Counts; queues: Record<string, Counts> }> {
  const api = remoteClient();
  if (!api) throw new Error("remote mode is off");
  const articles: Counts = {};
  for (const status of STATUSES) {
    const page = await api.get<{ count: { count: number; capped: boolean } }>("/api/articles", {
      status,
      limit: 1,
    });
    if (page.count.count > 0) articles[status] = page.count.count;
  }
  const health = await api.get<{ queues: { queue: string; counts: Counts }[] | null }>("/api/health", {
    days: 1,
  });
  const queues = Object.fromEntries((health.queues ?? []).map((q) => [q.queue, q.counts]));
  return { articles, queues };
}

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description(describe("status"))
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }) => {
      const { articles, queues } = await (remoteClient() ? remoteStatus() : localStatus());
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
