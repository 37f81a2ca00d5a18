// The migration tooling against a real Postgres: schema/migrations agreement (the drift test),
// Prisma-compatible bookkeeping, and creating a migration from a schema change, offline.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  applyPendingMigrations,
  createMigration,
  dropDatabase,
  ensureDatabase,
  MigrationError,
  missingMigrationSql,
  paths,
  readMigrations,
} from "../src/migrate/index.ts";

const testUrl = process.env.DATABASE_URL ?? "";
const scratch: string[] = [];

/**
 * An empty scratch database: dropped first, since a run killed before its cleanup (a cancelled CI
 * job) leaves its database behind, with whatever half-applied migration it held.
 */
async function scratchDatabaseUrl(name: string): Promise<string> {
  const url = new URL(testUrl);
  url.pathname = `/${url.pathname.slice(1)}_${name}`;
  scratch.push(url.toString());
  await dropDatabase(url.toString());
  return url.toString();
}

function tempCopyOfPrismaFolder(): { dir: string; schema: string; migrations: string } {
  const dir = mkdtempSync(join(tmpdir(), "tidemark-prisma-"));
  cpSync(join(paths.migrations, ".."), dir, { recursive: true });
  return { dir, schema: join(dir, "schema.prisma"), migrations: join(dir, "migrations") };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const url of scratch) await dropDatabase(url);
});

describe("schema.prisma and prisma/migrations", () => {
  it("agree: replaying the migrations yields exactly the schema", async () => {
    const missing = await missingMigrationSql({ databaseUrl: testUrl });
    expect(
      missing,
      `schema.prisma has changes no migration covers; run pnpm db:migrate:dev --name <x>:\n${missing}`,
    ).toBe("");
  });

  it("the drift check notices a schema change that has no migration", async () => {
    const copy = tempCopyOfPrismaFolder();
    try {
      writeFileSync(
        copy.schema,
        `${readFileSync(copy.schema, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`,
      );
      const missing = await missingMigrationSql({
        databaseUrl: testUrl,
        schemaPath: copy.schema,
        migrationsDir: copy.migrations,
      });
      expect(missing).toContain('CREATE TABLE "DriftProbe"');
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });
});

describe("applyPendingMigrations", () => {
  it("applies every migration once and records it the way prisma migrate does", async () => {
    const url = await scratchDatabaseUrl("apply");
    await ensureDatabase(url);
    const first = await applyPendingMigrations(url);
    const onDisk = readMigrations();
    expect(first.applied).toEqual(onDisk.map((m) => m.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(onDisk.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);

    const second = await applyPendingMigrations(url);
    expect(second.applied).toEqual([]);
  });

  it("records a failing migration and refuses to continue until it is resolved (P3009)", async () => {
    const url = await scratchDatabaseUrl("broken");
    await ensureDatabase(url);
    const copy = tempCopyOfPrismaFolder();
    try {
      const brokenDir = join(copy.migrations, "29990101000000_broken");
      cpSync(join(copy.migrations, readMigrations(copy.migrations)[0]?.name ?? ""), brokenDir, {
        recursive: true,
      });
      writeFileSync(
        join(brokenDir, "migration.sql"),
        "CREATE TABLE ok_before (id int);\nSELECT * FROM no_such_table;\n",
      );
      await expect(applyPendingMigrations(url, copy.migrations)).rejects.toThrow(
        /29990101000000_broken failed/,
      );
      // One implicit transaction: the statement before the failure was rolled back too.
      expect(await query(url, "SELECT to_regclass('ok_before') AS t")).toEqual([{ t: null }]);
      const logged = await query<{ logs: string }>(
        url,
        "SELECT logs FROM _prisma_migrations WHERE finished_at IS NULL",
      );
      expect(logged[0]?.logs).toMatch(/no_such_table/);
      const again = applyPendingMigrations(url, copy.migrations);
      await expect(again).rejects.toBeInstanceOf(MigrationError);
      await expect(again).rejects.toMatchObject({ code: "P3009" });
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });

  it("refuses a non-empty database that has no migration history (P3005)", async () => {
    const url = await scratchDatabaseUrl("unmanaged");
    await ensureDatabase(url);
    await query(url, "CREATE TABLE someone_elses (id int)");
    await expect(applyPendingMigrations(url)).rejects.toMatchObject({ code: "P3005" });
  });

  it("refuses a database migrated by a version with migrations this checkout lacks", async () => {
    const url = await scratchDatabaseUrl("newer");
    await ensureDatabase(url);
    const copy = tempCopyOfPrismaFolder();
    try {
      const extra = join(copy.migrations, "29990101000000_from_the_future");
      cpSync(join(copy.migrations, readMigrations(copy.migrations)[0]?.name ?? ""), extra, {
        recursive: true,
      });
      writeFileSync(join(extra, "migration.sql"), "CREATE TABLE from_the_future (id int);\n");
      await applyPendingMigrations(url, copy.migrations);
      rmSync(extra, { recursive: true });
      await expect(applyPendingMigrations(url, copy.migrations)).rejects.toMatchObject({
        code: "unknown_migrations",
        message: expect.stringContaining("29990101000000_from_the_future"),
      });
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });

  it("upgrades a database migrated at an earlier release without rewriting its history", async () => {
    const url = await scratchDatabaseUrl("upgrade");
    await ensureDatabase(url);
    const copy = tempCopyOfPrismaFolder();
    try {
      // The first release shipped only the first migration; apply that, add a row, then upgrade.
      const [, ...later] = readMigrations(copy.migrations);
      for (const m of later) rmSync(join(copy.migrations, m.name), { recursive: true });
      await applyPendingMigrations(url, copy.migrations);
      await query(
        url,
        "INSERT INTO sources (id, domain, updated_at) VALUES (gen_random_uuid(), 'example.com', now())",
      );
      const upgraded = await applyPendingMigrations(url);
      expect(upgraded.applied).toEqual(later.map((m) => m.name));
      expect(upgraded.modifiedAfterApply).toEqual([]);
      expect(await query(url, "SELECT key, domain FROM sources")).toEqual([
        { key: "example.com", domain: "example.com" },
      ]);
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });
});

describe("createMigration (migrate:dev)", () => {
  it("writes the missing SQL as a Prisma-format folder, which then applies cleanly", async () => {
    const url = await scratchDatabaseUrl("dev");
    await ensureDatabase(url);
    const copy = tempCopyOfPrismaFolder();
    try {
      await applyPendingMigrations(url, copy.migrations);
      writeFileSync(
        copy.schema,
        readFileSync(copy.schema, "utf8").replace("model Schedule {", "model Schedule {\n  owner String?"),
      );
      const created = await createMigration({
        databaseUrl: url,
        name: "add_owner",
        schemaPath: copy.schema,
        migrationsDir: copy.migrations,
      });
      expect(created.folder).toMatch(/^\d{14}_add_owner$/);
      const sql = readFileSync(join(copy.migrations, created.folder ?? "", "migration.sql"), "utf8");
      expect(sql).toContain('ALTER TABLE "schedules" ADD COLUMN');
      expect(sql).toContain('"owner" TEXT');

      const applied = await applyPendingMigrations(url, copy.migrations);
      expect(applied.applied).toEqual([created.folder]);
      const again = await createMigration({
        databaseUrl: url,
        name: "nothing",
        schemaPath: copy.schema,
        migrationsDir: copy.migrations,
      });
      expect(again.folder).toBeNull();
    } finally {
      rmSync(copy.dir, { recursive: true, force: true });
    }
  });
});
