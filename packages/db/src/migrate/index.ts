export { type ApplyResult, applyPendingMigrations, MigrationError } from "./apply.ts";
export { type CreatedMigration, createMigration } from "./create-migration.ts";
export { dropDatabase, ensureDatabase, redactUrl } from "./database.ts";
export { missingMigrationSql } from "./drift.ts";
export { paths, readMigrations } from "./migration-files.ts";
