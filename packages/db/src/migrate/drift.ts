// "What SQL is missing?" between the migrations folder and schema.prisma. Empty means they agree.
import { type EngineOptions, NO_FILTERS, openEngine } from "./engine.ts";
import { paths, toEngineMigrationList } from "./migration-files.ts";

export interface DriftOptions extends EngineOptions {
  migrationsDir?: string;
}

/** The SQL that would bring the migrations up to the schema; "" when nothing is missing. */
export async function missingMigrationSql(options: DriftOptions): Promise<string> {
  const { engine, schemaFiles } = await openEngine(options);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...toEngineMigrationList(options.migrationsDir ?? paths.migrations) },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: false,
      filters: NO_FILTERS,
    });
    return normalizeEmptyDiff(result.stdout ?? "");
  } finally {
    engine.free();
  }
}

/** The engine prints a comment for an empty migration; treat that as no SQL. */
function normalizeEmptyDiff(sql: string): string {
  const meaningful = sql.split("\n").filter((line) => line.trim() !== "" && !line.trim().startsWith("--"));
  return meaningful.length === 0 ? "" : sql.trim();
}
