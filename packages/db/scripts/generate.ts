// `prisma generate`, runnable with no internet.
// Prisma's CLI wants its native schema engine even to generate, and downloads it when missing.
// Generation does not use it, so unless the user points PRISMA_SCHEMA_ENGINE_BINARY at a real
// engine we point it at an empty placeholder file. prisma.config.ts reads DATABASE_URL, so it
// must be set; generation never connects.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { childEnv, env } from "../src/env.ts";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function placeholderEngine(): string {
  const file = join(packageDir, "node_modules", ".cache", "schema-engine-placeholder");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, "");
  }
  return file;
}

const result = spawnSync("prisma", ["generate", "--no-hints"], {
  cwd: packageDir,
  stdio: "inherit",
  env: childEnv({
    DATABASE_URL: env.DATABASE_URL,
    PRISMA_SCHEMA_ENGINE_BINARY: env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholderEngine(),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  }),
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
