// Command-line options of `pnpm bench extract`.
import { resolve } from "node:path";
import { SHARED_DATA_DIR } from "../support/data-dir.ts";

export interface ExtractBenchOptions {
  /** At most this many pages from each dev set (all when null). */
  readonly limit: number | null;
  readonly json: boolean;
  /** Print per-page misses for Tidemark (segments missed / leaked, wrong dates). */
  readonly details: boolean;
  /** Timed passes per extractor; the median throughput is reported. */
  readonly rounds: number;
  /** Folder holding extraction-dev/ and dates-dev/. */
  readonly dataDir: string;
  /**
   * Tuning part only, scored as two halves (fold A, fold B) by a second hash: a rule developed on
   * one half is kept when the other half confirms it. The held-out part is not extracted.
   */
  readonly folds: boolean;
  /**
   * Print one line per tuning page (set/page, byline, authors, word count) instead of scoring:
   * two extractor versions can be diffed page by page, including pages without labels.
   */
  readonly list: boolean;
}

const USAGE =
  "usage: pnpm bench extract [--limit N] [--json] [--details] [--rounds N] [--data DIR] [--folds] [--list]";

export function parseArgs(args: readonly string[]): ExtractBenchOptions {
  let limit: number | null = null;
  let json = false;
  let details = false;
  let rounds = 1;
  let dataDir: string | null = null;
  let folds = false;
  let list = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = (): string => {
      const value = args[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    if (arg === "--limit") limit = positiveInt(next(), "--limit");
    else if (arg === "--rounds") rounds = positiveInt(next(), "--rounds");
    else if (arg === "--data") dataDir = resolve(next());
    else if (arg === "--json") json = true;
    else if (arg === "--details") details = true;
    else if (arg === "--folds") folds = true;
    else if (arg === "--list") list = true;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return { limit, json, details, rounds, dataDir: dataDir ?? SHARED_DATA_DIR, folds, list };
}

function positiveInt(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} expects a positive integer, got ${value}`);
  return parsed;
}
