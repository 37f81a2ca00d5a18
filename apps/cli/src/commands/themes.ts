// `tidemark themes ...`: list, show, add, edit, delete, preview, backfill, load-defaults.
import { type Command, Option } from "commander";
import { CliError, EXIT } from "../exit-codes.ts";
import { printJson } from "../output.ts";
import { type RemoteClient, remoteClient, requireLocal } from "../remote/client.ts";
import { getDb, getProducer } from "../resources.ts";
import { findTheme } from "../themes/find-theme.ts";
import { formatDiagnostic } from "../themes/print-diagnostic.ts";
import { describe } from "./catalog.ts";

// The kinds @tidemark/themes knows (THEME_KINDS); listed here so `--help` loads no package.
const THEME_KINDS = ["theme", "organisation", "person", "place"] as const;
type ThemeKind = (typeof THEME_KINDS)[number];

interface ThemeFields {
  name?: string;
  definition?: string;
  description?: string;
  color?: string;
  kind?: ThemeKind;
  slug?: string;
  note?: string;
}

function withThemeOptions(command: Command): Command {
  return command
    .option("--name <name>", "display name")
    .option("--definition <query>", 'the query, e.g. \'"data privacy" OR "user data"\'')
    .option("--description <text>", "what the theme is about")
    .option("--color <hex>", "chart colour, e.g. #2563eb")
    .addOption(new Option("--kind <kind>", "theme or tracked entity kind").choices([...THEME_KINDS]))
    .option("--slug <slug>", "URL name, e.g. data-privacy")
    .option("--note <text>", "why the definition changed (kept in the version history)");
}

async function reportInputErrors<T>(work: () => Promise<T>, definition?: string): Promise<T> {
  const { ThemeInputError } = await import("@tidemark/themes");
  try {
    return await work();
  } catch (error) {
    if (error instanceof ThemeInputError) {
      const detail =
        error.diagnostic && definition ? formatDiagnostic(definition, error.diagnostic) : error.message;
      throw new CliError(`${error.field}: ${detail}`, EXIT.usage);
    }
    throw error;
  }
}

/** What POST /api/themes/preview answers: the same object as previewDefinition (JSON). */
type Preview = Awaited<ReturnType<typeof import("@tidemark/themes").previewDefinition>>;

interface RemoteTheme {
  id: string;
  slug: string;
  name: string;
  kind: string;
  description: string;
  active: boolean;
  currentVersion: { version: number; definition: string } | null;
  seriesVersion: { version: number } | null;
  versions: { version: number; definition: string; note: string | null; createdAt: string }[];
  backfills: { status: string; done: number; total: number; matched: number }[];
}

async function remoteTheme(api: RemoteClient, slug: string): Promise<RemoteTheme> {
  return (await api.get<{ theme: RemoteTheme }>(`/api/themes/${encodeURIComponent(slug)}`)).theme;
}

async function remoteList(api: RemoteClient, json?: boolean): Promise<void> {
  const { themes } = await api.get<{ themes: RemoteTheme[] }>("/api/themes");
  if (json) return printJson(themes);
  if (themes.length === 0) console.log("No themes yet: `tidemark themes add`.");
  for (const t of themes) {
    console.log(
      `${t.slug.padEnd(28)} ${t.kind.padEnd(12)} v${t.currentVersion?.version ?? "-"}  ${t.active ? "" : "(inactive) "}${t.name}`,
    );
  }
}

export function registerThemes(program: Command): void {
  const themes = program.command("themes").description(describe("themes"));

  themes
    .command("list")
    .description("All themes with their current version and article counts")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }) => {
      const api = remoteClient();
      if (api) return remoteList(api, options.json);
      const db = await getDb();
      const rows = await db.theme.findMany({
        orderBy: [{ kind: "asc" }, { name: "asc" }],
        include: { currentVersion: { select: { version: true } }, _count: { select: { hits: true } } },
      });
      if (options.json) return printJson(rows);
      if (rows.length === 0)
        console.log("No themes yet: `tidemark themes load-defaults` or `tidemark themes add`.");
      for (const t of rows) {
        console.log(
          `${t.slug.padEnd(28)} ${t.kind.padEnd(12)} v${t.currentVersion?.version ?? "-"}  ${String(t._count.hits).padStart(6)} hits  ${t.active ? "" : "(inactive) "}${t.name}`,
        );
      }
    });

  themes
    .command("show")
    .argument("<slug>")
    .description("A theme's definition, version history and latest backfill")
    .option("--json", "print as JSON")
    .action(async (slug: string, options: { json?: boolean }) => {
      const api = remoteClient();
      const theme = api ? await remoteTheme(api, slug) : await findTheme(await getDb(), slug);
      if (options.json) return printJson(theme);
      console.log(`${theme.name} (${theme.slug}, ${theme.kind})\n${theme.description}\n`);
      console.log(`Definition (v${theme.currentVersion?.version}):\n  ${theme.currentVersion?.definition}\n`);
      console.log(`Series show v${theme.seriesVersion?.version ?? "-"}.`);
      const [backfill] = theme.backfills;
      if (backfill)
        console.log(
          `Last backfill: ${backfill.status}, ${backfill.done}/${backfill.total} articles, ${backfill.matched} matched`,
        );
      console.log("\nHistory:");
      for (const v of theme.versions)
        console.log(
          `  v${v.version}  ${new Date(v.createdAt).toISOString().slice(0, 16)}  ${v.note ?? ""}\n      ${v.definition}`,
        );
    });

  withThemeOptions(
    themes.command("add").description("Create a theme (tags existing articles in the background)"),
  ).action(async (options: ThemeFields) => {
    if (!options.name || !options.definition)
      throw new CliError("themes add needs --name and --definition", EXIT.usage);
    const input = { ...options, name: options.name, definition: options.definition };
    const api = remoteClient();
    if (api) {
      const { theme } = await api.post<{ theme: { themeId: string; backfillId: string } }>(
        "/api/themes",
        input,
      );
      console.log(
        `Created theme ${theme.themeId}; tagging existing articles (backfill ${theme.backfillId}).`,
      );
      return;
    }
    const { createTheme } = await import("@tidemark/themes");
    const db = await getDb();
    const producer = await getProducer();
    const created = await reportInputErrors(() => createTheme(db, producer, input), options.definition);
    console.log(
      `Created theme ${created.themeId}; tagging existing articles (backfill ${created.backfillId}).`,
    );
  });

  withThemeOptions(
    themes
      .command("edit")
      .argument("<slug>")
      .description("Edit a theme; a new definition makes a new version"),
  ).action(async (slug: string, options: ThemeFields) => {
    const api = remoteClient();
    if (api) {
      const { theme } = await api.json<{ theme: { newVersionId?: string; backfillId?: string } }>(
        "PATCH",
        `/api/themes/${encodeURIComponent(slug)}`,
        { body: options },
      );
      console.log(
        theme.newVersionId
          ? `New version saved; backfill ${theme.backfillId} is re-tagging articles.`
          : "Saved.",
      );
      return;
    }
    const { updateTheme } = await import("@tidemark/themes");
    const db = await getDb();
    const producer = await getProducer();
    const theme = await findTheme(db, slug);
    const updated = await reportInputErrors(
      () => updateTheme(db, producer, theme.id, options),
      options.definition,
    );
    console.log(
      updated.newVersionId
        ? `New version saved; backfill ${updated.backfillId} is re-tagging articles.`
        : "Saved.",
    );
  });

  themes
    .command("delete")
    .argument("<slug>")
    .description("Delete a theme with its versions and hits")
    .action(async (slug: string) => {
      const api = remoteClient();
      if (api) {
        await api.json("DELETE", `/api/themes/${encodeURIComponent(slug)}`);
        console.log(`Deleted ${slug}.`);
        return;
      }
      const { deleteTheme } = await import("@tidemark/themes");
      const theme = await findTheme(await getDb(), slug);
      await deleteTheme(await getDb(), theme.id);
      console.log(`Deleted ${theme.slug}.`);
    });

  themes
    .command("preview")
    .argument("<definition>", "a query to try without saving it")
    .description("How many articles a definition would match, with sample evidence")
    .option("--json", "print as JSON")
    .action(async (definition: string, options: { json?: boolean }) => {
      const api = remoteClient();
      const preview = api
        ? await api.post<Preview>("/api/themes/preview", { definition })
        : await (await import("@tidemark/themes")).previewDefinition(await getDb(), { definition });
      if (options.json) return printJson(preview);
      if (!preview.ok) throw new CliError(formatDiagnostic(definition, preview.error), EXIT.usage);
      console.log(
        preview.estimate
          ? `≈ ${preview.matched} ± ${preview.estimate.margin} of ≈ ${preview.corpus} articles match (estimated from a fixed random sample of ${preview.estimate.sampled} articles, 95% margin; ${preview.tookMs} ms). The exact count follows when the theme is saved.`
          : `${preview.matched} of ${preview.corpus} articles match (${preview.tookMs} ms).`,
      );
      for (const s of preview.samples) {
        console.log(
          `\n• ${s.title ?? s.articleId}${s.publishedAt ? ` (${s.publishedAt.slice(0, 10)})` : ""}`,
        );
        for (const e of s.evidence) console.log(`    “${e.sentence}”`);
      }
    });

  themes
    .command("backfill")
    .argument("<slug>")
    .description("Re-tag every article with the theme's current version")
    .option("--cancel", "cancel the running backfill instead")
    .action(async (slug: string, options: { cancel?: boolean }) => {
      const api = remoteClient();
      if (api && options.cancel) {
        const { backfill } = await api.get<{ backfill: { id: string } | null }>(
          `/api/themes/${encodeURIComponent(slug)}/backfill`,
        );
        if (backfill) await api.post(`/api/backfills/${backfill.id}/cancel`);
        console.log(backfill ? "Cancellation requested." : "No backfill is running.");
        return;
      }
      requireLocal("themes backfill", "A new definition (themes edit) starts its own backfill.");
      const { cancelBackfill, startBackfill } = await import("@tidemark/themes");
      const db = await getDb();
      const theme = await findTheme(db, slug);
      if (options.cancel) {
        const running = theme.backfills[0];
        const cancelled = running ? await cancelBackfill(db, running.id) : false;
        console.log(cancelled ? "Cancellation requested." : "No backfill is running.");
        return;
      }
      if (!theme.currentVersion) throw new CliError("This theme has no definition yet.");
      const id = await startBackfill(db, await getProducer(), theme.id, theme.currentVersion.id);
      console.log(`Backfill ${id} started; follow it with \`tidemark themes show ${theme.slug}\`.`);
    });

  themes
    .command("load-defaults")
    .description("Load the default theme pack (once; deleted defaults are not re-added)")
    .action(async () => {
      requireLocal("themes load-defaults");
      const { loadDefaultPack } = await import("@tidemark/themes");
      const result = await loadDefaultPack(await getDb(), await getProducer());
      console.log(
        result.status === "loaded"
          ? `Loaded ${result.created.length} default themes and entities.`
          : "The default pack was loaded before; nothing to do.",
      );
    });
}
