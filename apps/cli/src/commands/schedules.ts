// `tidemark schedules ...`: list, add, pause, resume, run, delete, runs.
import type { ScheduleInput } from "@tidemark/schedules";
import { type Command, Option } from "commander";
import { z } from "zod";
import { CliError, EXIT } from "../exit-codes.ts";
import { positiveInt } from "../options/positive-int.ts";
import { printJson } from "../output.ts";
import { type RemoteClient, remoteClient } from "../remote/client.ts";
import { getDb, getProducer } from "../resources.ts";
import { findSource } from "../sources/find-source.ts";
import { findTheme } from "../themes/find-theme.ts";
import { describe } from "./catalog.ts";

interface AddOptions {
  kind: "reingest" | "feed" | "sitemap";
  name?: string;
  cron?: string;
  every?: string;
  tz: string;
  url?: string;
  scope: "all" | "source" | "theme" | "recent" | "failed";
  source?: string;
  theme?: string;
  days?: string;
  pattern?: string;
  limit?: string;
  paused?: boolean;
}

/** "30m", "6h", "1d", "90s" or plain seconds. */
function parseInterval(text: string): number {
  const match = text.trim().match(/^(\d+)\s*(s|m|h|d)?$/i);
  if (!match) throw new CliError(`--every takes a duration like 30m, 6h or 1d, not "${text}"`, EXIT.usage);
  const unit = { s: 1, m: 60, h: 3_600, d: 86_400 }[(match[2] ?? "s").toLowerCase() as "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new CliError(`${flag} is required with this --scope`, EXIT.usage);
  return value;
}

/** A change is saved even when Redis is down; say so, since its timer waits for a worker. */
function printWarning(warning: string | null): void {
  if (warning) console.warn(`warning: ${warning}`);
}

async function sourceId(api: RemoteClient | null, name: string): Promise<string> {
  if (!api) return (await findSource(await getDb(), name)).id;
  const { sources } = await api.get<{ sources: { id: string; key: string }[] }>("/api/sources", {
    q: name,
    limit: 100,
  });
  const match = sources.find((s) => s.key === name);
  if (!match) throw new CliError(`No source "${name}" on the server.`, EXIT.usage);
  return match.id;
}

async function themeId(api: RemoteClient | null, slug: string): Promise<string> {
  if (!api) return (await findTheme(await getDb(), slug)).id;
  return (await api.get<{ theme: { id: string } }>(`/api/themes/${encodeURIComponent(slug)}`)).theme.id;
}

interface RemoteSchedule {
  id: string;
  name: string;
  kind: string;
  enabled: boolean;
  timing: string;
  lastRunAt: string | null;
  lastRunStatus: string | null;
  nextRunAt: string | null;
}

async function buildInput(o: AddOptions): Promise<ScheduleInput> {
  const timing = {
    cron: o.cron ?? null,
    intervalSeconds: o.every ? parseInterval(o.every) : null,
    timezone: o.tz,
    enabled: !o.paused,
  };
  const limit = o.limit ? { limit: positiveInt(o.limit, "--limit") } : {};
  const api = remoteClient();
  if (o.kind === "reingest") {
    const scope =
      o.scope === "source"
        ? { scope: "source" as const, sourceId: await sourceId(api, required(o.source, "--source")) }
        : o.scope === "theme"
          ? { scope: "theme" as const, themeId: await themeId(api, required(o.theme, "--theme")) }
          : o.scope === "recent"
            ? { scope: "recent" as const, days: positiveInt(o.days ?? "7", "--days") }
            : { scope: o.scope };
    return {
      ...timing,
      kind: "reingest",
      name: o.name ?? `Re-ingest ${o.scope}`,
      params: { ...scope, ...limit },
    };
  }
  if (!o.url) throw new CliError(`--url is required for a ${o.kind} schedule`, EXIT.usage);
  if (o.kind === "feed" && api) {
    // The server finds the feed a site address links to.
    return {
      ...timing,
      kind: "feed",
      name: o.name ?? `Feed ${new URL(o.url).hostname}`,
      params: { url: o.url },
    };
  }
  if (o.kind === "feed") {
    // A site address works too: find the feed it links to.
    const { discoverFeedUrl } = await import("@tidemark/schedules");
    const fetcher = (await import("@tidemark/ingest/fetch")).createFetcher();
    try {
      const { feedUrl } = await discoverFeedUrl(fetcher, o.url);
      return {
        ...timing,
        kind: "feed",
        name: o.name ?? `Feed ${new URL(feedUrl).hostname}`,
        params: { url: feedUrl },
      };
    } finally {
      await fetcher.close();
    }
  }
  return {
    ...timing,
    kind: "sitemap",
    name: o.name ?? `Sitemap ${new URL(o.url).hostname}`,
    params: {
      url: o.url,
      ...(o.pattern ? { pattern: o.pattern } : {}),
      ...(o.days ? { sinceDays: positiveInt(o.days, "--days") } : {}),
      ...limit,
    },
  };
}

export function registerSchedules(program: Command): void {
  const schedules = program.command("schedules").description(describe("schedules"));

  schedules
    .command("list")
    .option("--json", "print as JSON")
    .description("Schedules with their last and next run")
    .action(async (options: { json?: boolean }) => {
      const api = remoteClient();
      if (api) {
        const { schedules } = await api.get<{ schedules: RemoteSchedule[] }>("/api/schedules");
        if (options.json) return printJson(schedules);
        if (schedules.length === 0) console.log("No schedules yet: `tidemark schedules add --help`.");
        for (const s of schedules) {
          console.log(
            `${s.id}  ${s.kind.padEnd(8)} ${s.enabled ? "on    " : "paused"}  ${s.timing.padEnd(24)} last: ${s.lastRunAt?.slice(0, 16) ?? "never"} ${s.lastRunStatus ?? ""}  next: ${s.nextRunAt?.slice(0, 16) ?? "-"}  ${s.name}`,
          );
        }
        return;
      }
      const { describeTiming } = await import("@tidemark/schedules");
      const rows = await (await getDb()).schedule.findMany({ orderBy: { createdAt: "asc" } });
      if (options.json) return printJson(rows);
      if (rows.length === 0) console.log("No schedules yet: `tidemark schedules add --help`.");
      for (const s of rows) {
        console.log(
          `${s.id}  ${s.kind.padEnd(8)} ${s.enabled ? "on    " : "paused"}  ${describeTiming(s).padEnd(24)} last: ${s.lastRunAt?.toISOString().slice(0, 16) ?? "never"} ${s.lastRunStatus ?? ""}  next: ${s.nextRunAt?.toISOString().slice(0, 16) ?? "-"}  ${s.name}`,
        );
      }
    });

  schedules
    .command("add")
    .description("Create a schedule")
    .addOption(
      new Option("--kind <kind>", "what it does")
        .choices(["reingest", "feed", "sitemap"])
        .makeOptionMandatory(),
    )
    .option("--name <name>", "a label")
    .option("--cron <expr>", "cron expression, e.g. '0 6 * * *'")
    .option("--every <duration>", "interval, e.g. 30m, 6h, 1d")
    .option("--tz <zone>", "time zone for cron", "UTC")
    .option("--url <url>", "feed (or site) URL, or sitemap URL")
    .addOption(
      new Option("--scope <scope>", "re-ingest scope")
        .choices(["all", "source", "theme", "recent", "failed"])
        .default("all"),
    )
    .option("--source <domain>", "with --scope source")
    .option("--theme <slug>", "with --scope theme")
    .option("--days <n>", "with --scope recent, or a sitemap's date window")
    .option("--pattern <glob>", "sitemap URL path filter, e.g. '/news/**'")
    .option("--limit <n>", "at most this many articles/URLs per run")
    .option("--paused", "create it paused")
    .action(async (options: AddOptions) => {
      try {
        const api = remoteClient();
        if (api) {
          const { schedule } = await api.post<{ schedule: RemoteSchedule }>(
            "/api/schedules",
            await buildInput(options),
          );
          console.log(`Created schedule ${schedule.id} (${schedule.timing}).`);
          return;
        }
        const { createSchedule, describeTiming } = await import("@tidemark/schedules");
        const saved = await createSchedule(await getDb(), await getProducer(), await buildInput(options));
        console.log(`Created schedule ${saved.schedule.id} (${describeTiming(saved.schedule)}).`);
        printWarning(saved.warning);
      } catch (error) {
        if (error instanceof z.ZodError) throw new CliError(z.prettifyError(error), EXIT.usage);
        throw error;
      }
    });

  for (const [name, enabled] of [
    ["pause", false],
    ["resume", true],
  ] as const) {
    schedules
      .command(name)
      .argument("<id>")
      .description(enabled ? "Resume a paused schedule" : "Pause a schedule (it will not run until resumed)")
      .action(async (id: string) => {
        const api = remoteClient();
        if (api) {
          await api.json("PATCH", `/api/schedules/${encodeURIComponent(id)}`, { body: { enabled } });
          console.log(enabled ? "Resumed." : "Paused.");
          return;
        }
        const { setScheduleEnabled } = await import("@tidemark/schedules");
        const saved = await setScheduleEnabled(await getDb(), await getProducer(), id, enabled);
        console.log(enabled ? "Resumed." : "Paused.");
        printWarning(saved.warning);
      });
  }

  schedules
    .command("run")
    .argument("<id>")
    .description("Run a schedule now, outside its timetable")
    .action(async (id: string) => {
      const api = remoteClient();
      const started = api
        ? (await api.post<{ queued: boolean }>(`/api/schedules/${encodeURIComponent(id)}/run`)).queued
        : await (await import("@tidemark/schedules")).runScheduleNow(await getDb(), await getProducer(), id);
      console.log(
        started
          ? "Queued; see `tidemark schedules runs <id>`."
          : "A manual run of this schedule is already queued or running.",
      );
    });

  schedules
    .command("delete")
    .argument("<id>")
    .description("Delete a schedule (articles it found stay)")
    .action(async (id: string) => {
      const api = remoteClient();
      if (api) {
        await api.json("DELETE", `/api/schedules/${encodeURIComponent(id)}`);
        console.log("Deleted.");
        return;
      }
      const { deleteSchedule } = await import("@tidemark/schedules");
      const result = await deleteSchedule(await getDb(), await getProducer(), id);
      console.log(result.deleted ? "Deleted." : "No such schedule.");
      printWarning(result.warning);
    });

  schedules
    .command("runs")
    .argument("<id>")
    .option("--json", "print as JSON")
    .description("A schedule's recent runs with their counts")
    .action(async (id: string, options: { json?: boolean }) => {
      const api = remoteClient();
      const runs = api
        ? (
            await api.get<{
              runs: {
                startedAt: string;
                trigger: string;
                status: string;
                counts: unknown;
                error: string | null;
              }[];
            }>(`/api/schedules/${encodeURIComponent(id)}`)
          ).runs.slice(0, 20)
        : await (await getDb()).scheduleRun.findMany({
            where: { scheduleId: id },
            orderBy: { startedAt: "desc" },
            take: 20,
          });
      if (options.json) return printJson(runs);
      for (const r of runs) {
        console.log(
          `${new Date(r.startedAt).toISOString().slice(0, 19)}  ${r.trigger.padEnd(9)} ${r.status.padEnd(7)} ${JSON.stringify(r.counts)}${r.error ? `  ${r.error}` : ""}`,
        );
      }
    });
}
