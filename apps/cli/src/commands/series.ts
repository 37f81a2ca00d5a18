// `tidemark series THEME... --unit week --tz Europe/Berlin --format csv|json`
import { type Command, Option } from "commander";
import { z } from "zod";
import { CliError, EXIT } from "../exit-codes.ts";
import { printJson } from "../output.ts";
import { remoteClient } from "../remote/client.ts";
import { getDb } from "../resources.ts";
import { findTheme } from "../themes/find-theme.ts";
import { describe } from "./catalog.ts";

interface SeriesOptions {
  unit: string;
  tz: string;
  from?: string;
  to?: string;
  source?: string[];
  format: "csv" | "json";
  count: string;
  stamp?: boolean;
}

type Series = Awaited<ReturnType<typeof import("@tidemark/themes/series").coverageSeries>>;

/** From the server: GET /api/series takes theme slugs; sources are looked up by domain or key. */
async function remoteSeries(
  slugs: string[],
  options: SeriesOptions,
  from: string,
  to: string,
): Promise<Series> {
  const api = remoteClient();
  if (!api) throw new Error("remote mode is off");
  const sourceIds: string[] = [];
  for (const name of options.source ?? []) {
    const { sources } = await api.get<{ sources: { id: string; key: string }[] }>("/api/sources", {
      q: name,
      limit: 100,
    });
    const match = sources.find((s) => s.key === name);
    if (!match) throw new CliError(`No source "${name}" on the server.`, EXIT.usage);
    sourceIds.push(match.id);
  }
  const { series } = await api.get<{ series: Series }>("/api/series", {
    theme: slugs.join(","),
    unit: options.unit,
    tz: options.tz,
    from,
    to,
    count: options.count,
    ...(sourceIds.length ? { source: sourceIds.join(",") } : {}),
  });
  return series;
}

async function localSeries(
  slugs: string[],
  options: SeriesOptions,
  from: string,
  to: string,
): Promise<Series> {
  const { coverageSeries, seriesParamsSchema } = await import("@tidemark/themes/series");
  const db = await getDb();
  const themes = await Promise.all(slugs.map((slug) => findTheme(db, slug)));
  const sources = options.source?.length
    ? await db.source.findMany({
        where: { OR: [{ domain: { in: options.source } }, { key: { in: options.source } }] },
      })
    : [];
  if (options.source?.length && sources.length === 0)
    throw new CliError(`No source matches ${options.source.join(", ")}.`);
  const parsed = seriesParamsSchema.safeParse({
    themeIds: themes.map((t) => t.id),
    unit: options.unit,
    timezone: options.tz,
    from,
    to,
    count: options.count,
    ...(sources.length ? { sourceIds: sources.map((s) => s.id) } : {}),
  });
  if (!parsed.success) throw new CliError(z.prettifyError(parsed.error), EXIT.usage);
  return coverageSeries(db, parsed.data);
}

export function registerSeries(program: Command): void {
  program
    .command("series")
    .description(describe("series"))
    .argument("<theme...>", "theme slugs")
    .addOption(new Option("--unit <unit>", "bucket size").choices(["day", "week", "month"]).default("week"))
    .option("--tz <zone>", "IANA time zone for bucket boundaries", "UTC")
    .option("--from <date>", "first day (YYYY-MM-DD); default: one year before --to")
    .option("--to <date>", "last day (YYYY-MM-DD); default: today")
    .option("--source <domain...>", "only these sources (by domain or key)")
    .addOption(new Option("--format <format>", "output format").choices(["csv", "json"]).default("csv"))
    .addOption(
      new Option("--count <unit>", "count articles, distinct text families or distinct stories")
        .choices(["articles", "families", "stories"])
        .default("articles"),
    )
    .option("--stamp", "CSV: start with a `#` line naming the theme versions, unit, time zone and count")
    .action(async (slugs: string[], options: SeriesOptions) => {
      const to = options.to ?? new Date().toISOString().slice(0, 10);
      const from = options.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
      const series = await (remoteClient()
        ? remoteSeries(slugs, options, from, to)
        : localSeries(slugs, options, from, to));
      if (options.format === "json") return printJson(series);
      const unit = series.count;
      const header = ["bucket", unit, `undated_${unit}`];
      for (const t of series.themes) header.push(`${t.slug}_count`, `${t.slug}_share`, `${t.slug}_undated`);
      // Clean CSV by default (spreadsheets and pandas read it as is); the stamp is opt-in.
      if (options.stamp)
        console.log(
          `# themes: ${series.themes.map((t) => `${t.slug}@v${t.version.number}`).join(" ")}; unit ${options.unit}; tz ${options.tz}; count ${unit}`,
        );
      console.log(header.join(","));
      series.buckets.forEach((bucket, i) => {
        const row: (string | number)[] = [bucket, series.totals[i] ?? 0, series.undatedTotals[i] ?? 0];
        for (const t of series.themes)
          row.push(t.counts[i] ?? 0, t.shares[i]?.toFixed(6) ?? "", t.undatedCounts[i] ?? 0);
        console.log(row.join(","));
      });
    });
}
