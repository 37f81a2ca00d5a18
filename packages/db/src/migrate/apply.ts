// Applies pending migrations with plain `pg`, keeping the `_prisma_migrations` bookkeeping exactly
// as Prisma Migrate does, so `prisma migrate deploy|status` on a machine with internet agree with it.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { type MigrationOnDisk, paths, readMigrations } from "./migration-files.ts";

/** The advisory lock id Prisma Migrate takes, so our applier and Prisma's never run at once. */
const PRISMA_MIGRATE_LOCK_ID = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export interface ApplyResult {
  applied: string[];
  /** Applied migrations whose file changed since (Prisma warns about these too). */
  modifiedAfterApply: string[];
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function applyPendingMigrations(
  databaseUrl: string,
  migrationsDir: string = paths.migrations,
): Promise<ApplyResult> {
  const migrations = readMigrations(migrationsDir);
  const schema = new URL(databaseUrl).searchParams.get("schema") ?? "public";
  const client = new pg.Client(parseIntoClientConfig(databaseUrl));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_ID]);
    try {
      await client.query(`SET search_path TO "${schema.replaceAll('"', '""')}"`);
      await refuseUnmanagedSchema(client, schema);
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = (
        await client.query<AppliedRow>(
          `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
        )
      ).rows;
      refuseFailedMigration(rows);
      refuseUnknownMigrations(rows, migrations);
      return await applyEach(client, migrations, rows);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_ID]);
    }
  } finally {
    await client.end();
  }
}

/** Prisma's P3005: tables exist but no migration history, so we cannot know what is applied. */
async function refuseUnmanagedSchema(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ has_history: boolean; tables: number }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS has_history,
            (SELECT count(*)::int FROM pg_tables WHERE schemaname = $1) AS tables`,
    [schema],
  );
  const state = rows[0];
  if (state && !state.has_history && state.tables > 0) {
    throw new MigrationError(
      "P3005",
      `The database schema "${schema}" is not empty and has no migration history. ` +
        "Point DATABASE_URL at an empty database, or baseline it with `prisma migrate resolve`.",
    );
  }
}

/** Prisma's P3009: a migration started and neither finished nor was rolled back. */
function refuseFailedMigration(rows: AppliedRow[]): void {
  const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      "P3009",
      `Migration ${failed.migration_name} failed earlier and was not resolved. Fix the database by hand, then run ` +
        `\`prisma migrate resolve --rolled-back ${failed.migration_name}\` (or delete its row from _prisma_migrations).`,
    );
  }
}

/**
 * Applied migrations this checkout does not have: the database was migrated by another version of
 * Tidemark. Applying ours on top would fail half-way with an unrelated SQL error, so stop first.
 */
function refuseUnknownMigrations(rows: AppliedRow[], migrations: MigrationOnDisk[]): void {
  const onDisk = new Set(migrations.map((m) => m.name));
  const unknown = rows
    .filter((r) => r.finished_at !== null && r.rolled_back_at === null && !onDisk.has(r.migration_name))
    .map((r) => r.migration_name);
  if (unknown.length > 0) {
    throw new MigrationError(
      "unknown_migrations",
      `The database has migrations this checkout does not know: ${unknown.join(", ")}. ` +
        "It was migrated by a different version of Tidemark; check out that version (or a newer one), " +
        "or point DATABASE_URL at another database.",
    );
  }
}

async function applyEach(
  client: pg.Client,
  migrations: MigrationOnDisk[],
  rows: AppliedRow[],
): Promise<ApplyResult> {
  const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]));
  const result: ApplyResult = { applied: [], modifiedAfterApply: [] };
  for (const migration of migrations) {
    const appliedChecksum = done.get(migration.name);
    if (appliedChecksum !== undefined) {
      if (appliedChecksum !== migration.checksum) result.modifiedAfterApply.push(migration.name);
      continue;
    }
    await applyOne(client, migration);
    result.applied.push(migration.name);
  }
  return result;
}

async function applyOne(client: pg.Client, migration: MigrationOnDisk): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    // One simple-query batch with no parameters: Postgres runs it as one implicit transaction.
    await client.query(migration.sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new MigrationError("P3018", `Migration ${migration.name} failed: ${message}`);
  }
  await client.query(
    `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
    [id],
  );
  await client.query(`UPDATE "_prisma_migrations" SET finished_at = now() WHERE id = $1`, [id]);
}
