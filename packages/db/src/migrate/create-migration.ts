// `migrate dev`'s core: compare the migrations (replayed on a shadow database) with schema.prisma
// and write the SQL that is missing as a new Prisma-format migration folder.
import { MigrationError } from "./apply.ts";
import { type EngineOptions, NO_FILTERS, openEngine } from "./engine.ts";
import { paths, toEngineMigrationList, writeMigration } from "./migration-files.ts";

export interface CreateMigrationOptions extends EngineOptions {
  name: string;
  migrationsDir?: string;
}

export interface CreatedMigration {
  /** The new folder name, or null when schema and migrations already agree. */
  folder: string | null;
  warnings: string[];
}

export async function createMigration(options: CreateMigrationOptions): Promise<CreatedMigration> {
  const dir = options.migrationsDir ?? paths.migrations;
  const migrationName = options.name.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(migrationName)) {
    throw new MigrationError(
      "NAME",
      "Give the migration a name of letters, digits, - or _, e.g. --name add_feeds",
    );
  }
  const { engine, schemaFiles } = await openEngine(options);
  try {
    const migrationsList = toEngineMigrationList(dir);
    // evaluateDataLoss and createMigration must follow devDiagnostic on the same instance.
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    if (diagnostic.action.tag === "reset") {
      throw new MigrationError(
        "DRIFT",
        `The database no longer matches its migration history: ${diagnostic.action.reason}\n` +
          "Nothing was changed. Fix the database (or recreate it) and run again.",
      );
    }
    const schema = { files: schemaFiles };
    const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters: NO_FILTERS });
    if (loss.unexecutableSteps.length > 0) {
      throw new MigrationError(
        "UNEXECUTABLE",
        `This change cannot be applied as is:\n${loss.unexecutableSteps.map((s) => `  - ${s.message}`).join("\n")}`,
      );
    }
    const created = await engine.createMigration({
      draft: false,
      migrationName,
      migrationsList,
      schema,
      filters: NO_FILTERS,
    });
    if (!created.migrationScript) return { folder: null, warnings: [] };
    writeMigration(dir, created.generatedMigrationName, created.migrationScript);
    return { folder: created.generatedMigrationName, warnings: loss.warnings.map((w) => w.message) };
  } finally {
    engine.free();
  }
}
