// Printing results for scripts: one JSON document on stdout (--json).
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
