// Creating the target database when it does not exist yet, so a fresh machine needs no manual step.
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

const DUPLICATE_DATABASE = "42P04";

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates the URL's database if missing. Returns true when it was created. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const config = parseIntoClientConfig(databaseUrl);
  const database = config.database;
  if (!database) throw new Error(`The database URL names no database: ${redactUrl(databaseUrl)}`);
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
      return true;
    } catch (error) {
      // Another process created it between our check and our CREATE: that is fine.
      if ((error as { code?: string }).code === DUPLICATE_DATABASE) return false;
      throw error;
    }
  } finally {
    await admin.end();
  }
}

/** Drops a database, closing other sessions first. Used by tests for their throwaway databases. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const config = parseIntoClientConfig(databaseUrl);
  if (!config.database) return;
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(config.database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}
