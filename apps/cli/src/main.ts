// `tidemark`: the command-line interface. Each command lives in commands/<name>.ts and is loaded
// only when it runs (commands/catalog.ts lists them), so help answers at once.
import { Command, CommanderError } from "commander";
import { COMMANDS, type CommandEntry } from "./commands/catalog.ts";
import { CliError, EXIT } from "./exit-codes.ts";
import { closeResources } from "./resources.ts";
import { drainAndExit, exitQuietlyOnClosedPipe } from "./stdio.ts";

/** The command the arguments name (`tidemark help themes` names themes), if it is one we know. */
function requestedCommand(args: string[]): CommandEntry | undefined {
  const words = args.filter((a) => !a.startsWith("-"));
  const name = words[0] === "help" ? words[1] : words[0];
  return COMMANDS.find((c) => c.name === name);
}

async function buildProgram(args: string[]): Promise<Command> {
  const program = new Command("tidemark")
    .description("Tidemark: track how the press covers a subject over time.")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit codes: 0 success, 1 failure (e.g. a service is down), 2 usage error, 3 finished with some items rejected.
Configuration comes from the environment: DATABASE_URL, REDIS_URL, REDIS_PREFIX (see README).
Remote mode: set TIDEMARK_URL and TIDEMARK_TOKEN to work with a Tidemark server over its HTTP API.`,
    );
  const requested = requestedCommand(args);
  const helpOnly = args.includes("--help") || args.includes("-h") || args[0] === "help";
  if (requested && "localOnly" in requested && requested.localOnly && !helpOnly) {
    const { requireLocal } = await import("./remote/client.ts");
    requireLocal(requested.name);
  }
  for (const entry of COMMANDS) {
    if (entry === requested) (await entry.load())(program);
    // The others are listed by name only; their modules stay unloaded.
    else program.command(`${entry.name}${entry.args ? ` ${entry.args}` : ""}`).description(entry.description);
  }
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv.slice(2))).parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits; everything else is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    // Input the command passed on to a package's schema, e.g. --days 99999: say what is wrong.
    const { z } = await import("zod");
    if (error instanceof z.ZodError) {
      process.stderr.write(`error: ${z.prettifyError(error)}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  } finally {
    await closeResources();
  }
}

exitQuietlyOnClosedPipe();
main(process.argv).then(drainAndExit);
