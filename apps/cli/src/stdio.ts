// Standard output is data: a command's results, never logs (those go to stderr). These helpers
// make sure everything written reaches the reader before the process exits, however big the
// output and whatever reads it (a terminal, a file, a pipe, a slow `head`).
import { EXIT } from "./exit-codes.ts";

/** Resolves once everything written to the stream so far has been handed to the OS. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    // write("") calls back only after every earlier write has been flushed.
    stream.write("", () => resolve());
  });
}

/**
 * Exits with `code` once stdout and stderr are drained. Writes to a pipe are asynchronous in
 * Node, so exiting at once would cut piped output at 64 KiB; exit codes set meanwhile are kept.
 */
export async function drainAndExit(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

/** A reader that stops early (`tidemark … | head`) closes the pipe: that is not an error. */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT.ok);
      throw error;
    });
  }
}
