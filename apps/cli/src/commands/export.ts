// `tidemark export <dataset>`: a dataset from a Tidemark server's exports API, streamed to stdout
// (or --output FILE) as clean CSV or JSON — the same files the dashboard's download menus give.
//   tidemark export series --theme data-privacy --unit month --format csv > series.csv
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Command, Option } from "commander";
import { CliError, EXIT } from "../exit-codes.ts";
import { userPath } from "../paths.ts";
import { remoteClient } from "../remote/client.ts";
import { describe } from "./catalog.ts";

interface ExportOptions {
  format: "csv" | "json";
  theme?: string[];
  unit?: string;
  tz?: string;
  from?: string;
  to?: string;
  param?: string[];
  stamp?: boolean;
  output?: string;
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description(describe("export"))
    .argument(
      "<dataset>",
      "articles, series, spikes, terms, cooccurrence, source-themes, themes, source-health, failed-jobs",
    )
    .addOption(new Option("--format <format>", "file format").choices(["csv", "json"]).default("csv"))
    .option("--theme <slug...>", "themes (slugs or ids)")
    .option("--unit <unit>", "day, week or month")
    .option("--tz <zone>", "IANA time zone")
    .option("--from <date>", "first day (YYYY-MM-DD)")
    .option("--to <date>", "last day (YYYY-MM-DD)")
    .option("--param <key=value...>", "any other parameter of the dataset, e.g. status=failed")
    .option("--stamp", "CSV: start with a # line naming the query, time and versions")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      "\nNeeds a server: set TIDEMARK_URL and TIDEMARK_TOKEN. Parameters: docs/api.md, Exports.",
    )
    .action(async (dataset: string, options: ExportOptions) => {
      const api = remoteClient();
      if (!api)
        throw new CliError(
          "export downloads from a Tidemark server's API: set TIDEMARK_URL and TIDEMARK_TOKEN (an API token from Settings). " +
            "Locally, `tidemark series --format csv|json` prints a series.",
          EXIT.usage,
        );
      const extra: Record<string, string[]> = {};
      for (const pair of options.param ?? []) {
        const at = pair.indexOf("=");
        if (at < 1) throw new CliError(`--param takes key=value, not "${pair}"`, EXIT.usage);
        const key = pair.slice(0, at);
        extra[key] = [...(extra[key] ?? []), pair.slice(at + 1)];
      }
      const response = await api.request("GET", `/api/exports/${encodeURIComponent(dataset)}`, {
        query: {
          ...extra,
          format: options.format,
          theme: options.theme?.join(","),
          unit: options.unit,
          tz: options.tz,
          from: options.from,
          to: options.to,
          stamp: options.stamp ? "1" : undefined,
        },
      });
      if (!response.body) return;
      const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
      // pipeline waits for the last byte to be written (and ends a file), so nothing is cut.
      if (options.output) await pipeline(body, createWriteStream(userPath(options.output)));
      else await pipeline(body, process.stdout, { end: false });
    });
}
