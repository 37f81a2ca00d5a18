// Writing JSON Lines to stdout with back-pressure, and waiting until everything is flushed, so
// that piping into a slow reader (`| head`, `| jq`) never loses output before the process exits.
import { once } from "node:events";

export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, "drain");
}

export function flushStdout(): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write("", (error) => (error ? reject(error) : resolve()));
  });
}
