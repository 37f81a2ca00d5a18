// How many statements this process has sent to Postgres, over every Prisma client it made: the
// cost that bounds ingest (each statement costs client CPU and a round trip), exported as a
// worker metric and printed per article by `pnpm bench ingest`.
import type pg from "pg";

let sent = 0;

export function statementsSent(): number {
  return sent;
}

type Query = (...args: unknown[]) => unknown;

/** Wraps a new pool connection's `query`, through which the adapter sends every statement. */
export function countStatements(client: pg.PoolClient): void {
  const target = client as unknown as { query: Query };
  const query = target.query.bind(client) as Query;
  target.query = (...args: unknown[]) => {
    sent += 1;
    return query(...args);
  };
}
