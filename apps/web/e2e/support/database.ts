// Direct SQL against the end-to-end database, for states the API cannot produce on purpose
// (an expired session). Bound parameters only.
import pg from "pg";
import { E2E_TARGETS } from "./targets";

export async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: E2E_TARGETS.databaseUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
