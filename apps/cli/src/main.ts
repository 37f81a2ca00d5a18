// `tidemark`: the command-line interface. Each command lives in commands/<name>.ts.
import { Command, CommanderError } from "commander";
import { z } from "zod";
import { registerAdd } from "./commands/add.ts";
import { registerCoverage } from "./commands/coverage.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerImport } from "./commands/import.ts";
import { registerQuotes } from "./commands/quotes.ts";
import { registerReingest } from "./commands/reingest.ts";
import { registerSchedules } from "./commands/schedules.ts";
import { registerSeed } from "./commands/seed.ts";
import { registerSeries } from "./commands/series.ts";
import { registerStatus } from "./commands/status.ts";
import { registerThemes } from "./commands/themes.ts";
import { registerUsers } from "./commands/users.ts";
import { CliError, EXIT } from "./exit-codes.ts";
import { closeResources } from "./resources.ts";

function buildProgram(): Command {
  const program = new Command("tidemark")
    .description("Tidemark: track how the press covers a subject over time.")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit codes: 0 success, 1 failure (e.g. a service is down), 2 usage error, 3 finished with some items rejected.
Configuration comes from the environment: DATABASE_URL, REDIS_URL, REDIS_PREFIX (see README).`,
    );
  registerAdd(program);
  registerImport(program);
  registerExtract(program);
  registerReingest(program);
  registerSchedules(program);
  registerThemes(program);
  registerSeries(program);
  registerCoverage(program);
  registerQuotes(program);
  registerSeed(program);
  registerStatus(program);
  registerUsers(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits; everything else is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      console.error(`error: ${error.message}`);
      return error.exitCode;
    }
    // Input the command passed on to a package's schema, e.g. --days 99999: say what is wrong.
    if (error instanceof z.ZodError) {
      console.error(`error: ${z.prettifyError(error)}`);
      return EXIT.usage;
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  } finally {
    await closeResources();
  }
}

/** Resolves once everything written to the stream so far has been handed to the OS. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

// A reader that stops early (`tidemark … | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    throw error;
  });
}

// Writes to a pipe are asynchronous: exiting at once would cut piped output (at 64 KiB).
main(process.argv).then(async (code) => {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});
