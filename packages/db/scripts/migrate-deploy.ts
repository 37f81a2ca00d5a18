// `pnpm db:migrate`: create the database if missing, then apply pending migrations.
// Works offline; equivalent to `prisma migrate deploy`, whose bookkeeping it shares.
import { env } from "../src/env.ts";
import { applyPendingMigrations, ensureDatabase, MigrationError, redactUrl } from "../src/migrate/index.ts";

async function main(): Promise<void> {
  const url = env.DATABASE_URL;
  if (await ensureDatabase(url)) console.log(`Created database ${redactUrl(url)}`);
  const result = await applyPendingMigrations(url);
  for (const name of result.modifiedAfterApply) {
    console.warn(`warning: migration ${name} was edited after it was applied; edits are not re-run.`);
  }
  console.log(
    result.applied.length === 0
      ? "Database is up to date; no pending migrations."
      : `Applied ${result.applied.length} migration(s):\n${result.applied.map((n) => `  ${n}`).join("\n")}`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof MigrationError || error instanceof Error ? error.message : String(error);
    console.error(`db:migrate failed: ${message}`);
    process.exit(1);
  },
);
