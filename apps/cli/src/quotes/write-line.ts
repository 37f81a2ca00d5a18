// Writing JSON Lines to stdout with back-pressure, and waiting until everything is flushed, so
// that piping into a slow reader (`| jq`) never loses output before the process exits. When the
// reader goes away early (`| head`), writing stops quietly instead of failing with EPIPE.
let readerGone = false;
let watching = false;

/** Records a closed pipe instead of crashing on EPIPE; other stdout errors still throw. */
export function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") readerGone = true;
    else throw error;
  });
}

/** False once the reader has closed the pipe: nothing more can be delivered. */
export function outputOpen(): boolean {
  return !readerGone;
}

export async function writeLine(line: string): Promise<void> {
  if (readerGone) return;
  if (process.stdout.write(`${line}\n`)) return;
  // Wait for the reader to catch up, or for the pipe to close (watchStdout records that).
  await new Promise<void>((resolve) => {
    const done = () => {
      process.stdout.off("drain", done);
      process.stdout.off("error", done);
      resolve();
    };
    process.stdout.once("drain", done);
    process.stdout.once("error", done);
  });
}

export function flushStdout(): Promise<void> {
  if (readerGone) return Promise.resolve();
  return new Promise((resolve) => {
    process.stdout.write("", () => resolve());
  });
}
