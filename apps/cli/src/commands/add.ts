import type { IntakeOutcome, IntakeSummary } from "@tidemark/intake";
import type { Command } from "commander";
import { EXIT } from "../exit-codes.ts";
import { printOutcomes } from "../intake/print-outcomes.ts";
import { positiveInt } from "../options/positive-int.ts";
import { printJson } from "../output.ts";
import { remoteClient } from "../remote/client.ts";
import { getDb, getProducer } from "../resources.ts";
import { type ArticleState, printStates, waitForArticles } from "../wait/wait-for-articles.ts";
import { describe } from "./catalog.ts";

interface AddResult {
  summary: IntakeSummary;
  outcomes: IntakeOutcome[];
  queueWarning?: string | undefined;
}

interface AddOptions {
  json?: boolean;
  wait?: boolean;
  timeout: string;
}

async function submit(
  urls: string[],
): Promise<{ result: AddResult; statuses: (ids: readonly string[]) => Promise<ArticleState[]> }> {
  const api = remoteClient();
  if (api) {
    const result = await api.post<AddResult>("/api/articles", { urls });
    const statuses = async (ids: readonly string[]) => {
      const states: ArticleState[] = [];
      for (let i = 0; i < ids.length; i += 200) {
        const page = await api.get<{ articles: ArticleState[] }>("/api/articles/statuses", {
          ids: ids.slice(i, i + 200).join(","),
        });
        states.push(...page.articles);
      }
      return states;
    };
    return { result, statuses };
  }
  const { recordImport, submitUrls, summarize } = await import("@tidemark/intake");
  const { articleStatuses } = await import("@tidemark/articles");
  const db = await getDb();
  const submitted = await submitUrls(db, await getProducer(), urls);
  // Kept in the import history (the Add page), with no user: it came from the command line.
  await recordImport(db, { kind: "urls", userId: null, outcomes: submitted.outcomes });
  const result = { summary: summarize(submitted.outcomes), ...submitted };
  const statuses = async (ids: readonly string[]) => {
    const rows = await articleStatuses(db, [...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id): ArticleState => {
      const row = byId.get(id);
      if (!row) return { id, status: "deleted" };
      return {
        id,
        status: row.status,
        title: row.title,
        failure:
          row.failureCode || row.failureMessage
            ? { code: row.failureCode, message: row.failureMessage }
            : null,
      };
    });
  };
  return { result, statuses };
}

export function registerAdd(program: Command): void {
  program
    .command("add")
    .description(describe("add"))
    .argument("<url...>", "one or more article URLs")
    .option("--json", "print the per-URL outcomes as JSON")
    .option("--wait", "wait until every article is ingested or has failed (progress on stderr)")
    .option("--timeout <seconds>", "with --wait: give up after this long", "600")
    .action(async (urls: string[], options: AddOptions) => {
      const timeout = positiveInt(options.timeout, "--timeout");
      const { result, statuses } = await submit(urls);
      const ids = [
        ...new Set(result.outcomes.flatMap((o) => (o.outcome === "invalid" ? [] : [o.articleId]))),
      ];
      const final =
        options.wait && ids.length > 0 ? await waitForArticles(ids, statuses, timeout) : undefined;
      if (options.json) printJson(final ? { ...result, articles: final } : result);
      else {
        printOutcomes(result.outcomes, result.summary, result.queueWarning);
        if (final) {
          process.stdout.write("\n");
          printStates(final);
        }
      }
      const rejected =
        result.outcomes.some((o) => o.outcome === "invalid") ||
        (final ?? []).some((s) => s.status === "failed" || s.status === "gone");
      if (rejected) process.exitCode = EXIT.partial;
    });
}
