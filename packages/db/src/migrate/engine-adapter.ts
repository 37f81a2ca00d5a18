// The driver adapter the WASM schema engine talks to Postgres through, with three fixes for
// problems the stock @prisma/adapter-pg has when driven by the schema engine:
//  1. Catalog columns of type "char" (oid 18) and name (oid 19) cannot be deserialized by the
//     adapter (prisma/orm#27403). We report them as text (oid 25), which is what they hold.
//  2. PrismaPg.connectToShadowDb() merges {...config, database} but a connectionString wins over
//     `database`, so the "shadow" would be the real database. We create and drop the shadow
//     database ourselves, from discrete connection fields.
//  3. Its executeScript() splits a migration on every ";" — including those inside comments,
//     strings and function bodies — and runs the pieces one by one. We send the whole script as
//     one simple query, which is what Postgres (and Prisma's native engine) do: one implicit
//     transaction, no splitting.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

const CATALOG_TYPE_IDS = new Set([18, 19]);
const TEXT_TYPE_ID = 25;

interface ResultWithFields {
  fields?: Array<{ dataTypeID: number }>;
}

function reportCatalogTypesAsText(result: unknown): void {
  const fields = (result as ResultWithFields | undefined)?.fields;
  if (!fields) return;
  for (const field of fields) {
    if (CATALOG_TYPE_IDS.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE_ID;
  }
}

type QueryFn = (...args: unknown[]) => unknown;
const baseQuery = pg.Client.prototype.query as unknown as QueryFn;

/** A pg.Client whose query results never carry the "char"/name type ids the adapter rejects. */
class CatalogSafeClient extends pg.Client {
  // pg calls query in callback style from the pool and in promise style elsewhere; patch both.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => {
        reportCatalogTypesAsText(res);
        (last as QueryFn)(err, res);
      };
      return baseQuery.apply(this, args) as never;
    }
    const out = baseQuery.apply(this, args);
    if (out instanceof Promise) {
      return out.then((res: unknown) => {
        reportCatalogTypesAsText(res);
        return res;
      }) as never;
    }
    return out as never;
  }
}

/** Discrete pool settings from a URL, so that `database` can be overridden safely. */
export function poolConfigFromUrl(url: string): pg.PoolConfig {
  const parsed = parseIntoClientConfig(url);
  return { ...parsed, Client: CatalogSafeClient, max: 2 };
}

/** executeScript as one simple-protocol query (see fix 3 above). */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/** Runs `after` once the adapter's own pool is closed. */
function withDisposeHook(adapter: SqlDriverAdapter, after: () => Promise<void>): SqlDriverAdapter {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await after();
  };
  return adapter;
}

/** Prisma's `?schema=` URL parameter, else Postgres's default schema. */
export function schemaFromUrl(url: string): string {
  return new URL(url).searchParams.get("schema") ?? "public";
}

async function runAdminStatement(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * An adapter factory for the schema engine. With `shadowUrl`, the engine uses that (empty)
 * database as its shadow; otherwise a temporary one is created on the same server and dropped
 * WITH (FORCE) once the engine disposes it.
 */
export function createEngineAdapterFactory(databaseUrl: string, shadowUrl?: string) {
  const config = poolConfigFromUrl(databaseUrl);
  // The engine needs a schema name from getConnectionInfo(); the adapter only has one when told.
  const adapterOptions = { schema: schemaFromUrl(databaseUrl) };
  const main = new PrismaPg(config, adapterOptions);

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => withWholeScripts(await main.connect()),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      if (shadowUrl)
        return withWholeScripts(await new PrismaPg(poolConfigFromUrl(shadowUrl), adapterOptions).connect());
      const database = `tidemark_shadow_${randomUUID().replaceAll("-", "")}`;
      await runAdminStatement(config, `CREATE DATABASE "${database}"`);
      const adapter = await new PrismaPg({ ...config, database }, adapterOptions).connect();
      return withDisposeHook(withWholeScripts(adapter), () =>
        runAdminStatement(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      );
    },
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}
