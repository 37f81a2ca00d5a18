// Command-line options of `pnpm bench neardup`.
import { resolve } from "node:path";
import { SHARED_DATA_DIR } from "../support/data-dir.ts";

export interface NearDupBenchOptions {
  /** Signatures in the index. */
  readonly n: number;
  /** Near-copy queries (and as many unrelated queries). */
  readonly queries: number;
  readonly seed: number;
  readonly json: boolean;
  /** Store signatures in PostgreSQL and measure lookups there (instead of in memory). */
  readonly db: boolean;
  /** With --db: keep the benchmark database afterwards (for inspection). */
  readonly keep: boolean;
  /** Folder holding corpus/huffpost-10k.jsonl. */
  readonly dataDir: string;
}

const USAGE =
  "usage: pnpm bench neardup [--n N] [--queries N] [--seed N] [--json] [--data DIR] [--db [--keep]]";

export function parseArgs(args: readonly string[]): NearDupBenchOptions {
  let n = 100_000;
  let queries = 1_000;
  let seed = 14;
  let json = false;
  let db = false;
  let keep = false;
  let dataDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = (): string => {
      const value = args[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    if (arg === "--n") n = positiveInt(next(), "--n");
    else if (arg === "--queries") queries = positiveInt(next(), "--queries");
    else if (arg === "--seed") seed = positiveInt(next(), "--seed");
    else if (arg === "--json") json = true;
    else if (arg === "--db") db = true;
    else if (arg === "--keep") keep = true;
    else if (arg === "--data") dataDir = resolve(next());
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (queries > n) throw new Error(`--queries (${queries}) cannot exceed --n (${n})`);
  return { n, queries, seed, json, db, keep, dataDir: dataDir ?? SHARED_DATA_DIR };
}

function positiveInt(value: string, name: string): number {
  const parsed = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} expects a positive integer, got ${value}`);
  return parsed;
}
