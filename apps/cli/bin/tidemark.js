#!/usr/bin/env node
// The `tidemark` command. Runs the JavaScript build (dist/, made by `pnpm build`); a checkout that
// was never built falls back to compiling the TypeScript at run time (seconds slower).
import { existsSync } from "node:fs";

// Log lines (warnings from shared packages) go to stderr, so the command's stdout stays data.
process.env.LOG_STREAM ??= "stderr";
const built = new URL("../dist/main.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write("tidemark: no build in apps/cli/dist (run `pnpm build`); compiling on the fly.\n");
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/main.ts");
}
