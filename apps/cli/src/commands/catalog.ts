// Every top-level command: its name, arguments and one-line description, and how to load it.
// `tidemark --help` is answered from this table alone; a command's module (and the packages it
// needs: Prisma, BullMQ, the extractor …) is loaded only when that command runs.
import type { Command } from "commander";

export interface CommandEntry {
  name: string;
  /** Arguments as shown in the command list, e.g. "<url...>". */
  args: string;
  description: string;
  load: () => Promise<(program: Command) => void>;
  /** Needs direct database access: refused in remote mode (TIDEMARK_URL), with a clear error. */
  localOnly?: boolean;
}

export const COMMANDS = [
  {
    name: "add",
    args: "<url...>",
    description: "Add article URLs; each is fetched, extracted and tagged by the worker",
    load: async () => (await import("./add.ts")).registerAdd,
  },
  {
    name: "import",
    args: "<file>",
    description: "Import many articles from a JSON Lines or CSV file",
    load: async () => (await import("./import.ts")).registerImport,
    localOnly: true,
  },
  {
    name: "extract",
    args: "[pathOrUrl]",
    description: "Extract an article from a saved page, a URL, or a JSON Lines batch",
    load: async () => (await import("./extract.ts")).registerExtract,
  },
  {
    name: "reingest",
    args: "[ids...]",
    description: "Queue articles to be fetched again; changed content becomes a new version",
    load: async () => (await import("./reingest.ts")).registerReingest,
  },
  {
    name: "schedules",
    args: "",
    description: "Recurring re-ingests, feed polls and sitemap crawls",
    load: async () => (await import("./schedules.ts")).registerSchedules,
  },
  {
    name: "themes",
    args: "",
    description: "Define themes and tracked entities, and watch them",
    load: async () => (await import("./themes.ts")).registerThemes,
  },
  {
    name: "series",
    args: "<theme...>",
    description: "Counts and share of coverage per bucket for one or more themes",
    load: async () => (await import("./series.ts")).registerSeries,
  },
  {
    name: "coverage",
    args: "",
    description: "Coverage aggregates maintenance",
    load: async () => (await import("./coverage.ts")).registerCoverage,
    localOnly: true,
  },
  {
    name: "stories",
    args: "",
    description: "Syndicated copies (text families) and stories across outlets",
    load: async () => (await import("./stories.ts")).registerStories,
    localOnly: true,
  },
  {
    name: "export",
    args: "<dataset>",
    description: "Download a dataset (series, articles, spikes …) from a Tidemark server as CSV or JSON",
    load: async () => (await import("./export.ts")).registerExport,
  },
  {
    name: "quotes",
    args: "[file]",
    description: "Find direct quotes and who said them, in a text file or a JSON Lines batch",
    load: async () => (await import("./quotes.ts")).registerQuotes,
  },
  {
    name: "voices",
    args: "",
    description: "Who is quoted most (speakers merged with tracked entities), and the quotes backfill",
    load: async () => (await import("./voices.ts")).registerVoices,
    localOnly: true,
  },
  {
    name: "seed",
    args: "",
    description: "Load the sample articles in seeds/ through the file intake (safe to run again)",
    load: async () => (await import("./seed.ts")).registerSeed,
    localOnly: true,
  },
  {
    name: "demo",
    args: "",
    description: "The demo corpus (10,000 dated HuffPost headlines): load, remove, status",
    load: async () => (await import("./demo.ts")).registerDemo,
  },
  {
    name: "status",
    args: "",
    description: "Articles by status and the job queues' counts",
    load: async () => (await import("./status.ts")).registerStatus,
  },
  {
    name: "users",
    args: "",
    description: "Dashboard users and their roles (viewer, editor, admin)",
    load: async () => (await import("./users.ts")).registerUsers,
    localOnly: true,
  },
] as const satisfies readonly CommandEntry[];

export type CommandName = (typeof COMMANDS)[number]["name"];

/** A command's one-line description, shared by the command list and the command's own help. */
export function describe(name: CommandName): string {
  return COMMANDS.find((c) => c.name === name)?.description ?? "";
}
