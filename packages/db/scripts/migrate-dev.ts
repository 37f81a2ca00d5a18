// `pnpm db:migrate:dev --name <what>`: after editing schema.prisma, write the migration that is
// missing (using Prisma's schema engine compiled to WebAssembly, so no internet is needed) and
// apply it. The engine keeps timers alive, so the process exits explicitly.
import { parseArgs } from "node:util";
import { env } from "../src/env.ts";
import {
  applyPendingMigrations,
  createMigration,
  ensureDatabase,
  MigrationError,
} from "../src/migrate/index.ts";

const USAGE = "usage: pnpm db:migrate:dev --name <migration_name> [--create-only]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { name: { type: "string" }, "create-only": { type: "boolean", default: false } },
  });
  if (!values.name) throw new MigrationError("USAGE", USAGE);
  const url = env.DATABASE_URL;
  await ensureDatabase(url);
  // Like `prisma migrate dev`: bring the database up to the existing history first.
  const before = await applyPendingMigrations(url);
  if (before.applied.length) console.log(`Applied pending: ${before.applied.join(", ")}`);

  const created = await createMigration({
    databaseUrl: url,
    shadowUrl: env.SHADOW_DATABASE_URL,
    name: values.name,
  });
  if (!created.folder) {
    console.log("schema.prisma and the migrations already agree; no migration created.");
    return;
  }
  for (const warning of created.warnings) console.warn(`warning: ${warning}`);
  console.log(`Created prisma/migrations/${created.folder}/migration.sql`);
  if (values["create-only"]) return;
  const after = await applyPendingMigrations(url);
  console.log(`Applied: ${after.applied.join(", ")}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:migrate:dev failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
