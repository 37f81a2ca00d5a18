// Command-line options of `pnpm bench quotes`.
import { resolve } from "node:path";
import { SHARED_DATA_DIR } from "../support/data-dir.ts";
import { MEASURES, type MeasureName } from "./measures.ts";

export interface QuotesBenchOptions {
  readonly json: boolean;
  /** Print what regex baselines score under each reading of the measure (tuning part). */
  readonly calibrate: boolean;
  /** Print misses, spurious quotes and wrong speakers (tuning part only), at most this many each. */
  readonly details: number;
  /** Which measure's misses and spurious quotes --details lists. */
  readonly measure: MeasureName;
  /** Score the tuning part only: the held-out part is neither extracted nor printed. */
  readonly tuningOnly: boolean;
  /** Folder holding quotes-dev/. */
  readonly dataDir: string;
}

const USAGE = `usage: pnpm bench quotes [--json] [--calibrate] [--details N] [--measure ${MEASURES.join("|")}] [--tuning-only] [--data DIR]`;

export function parseArgs(args: readonly string[]): QuotesBenchOptions {
  let json = false;
  let calibrate = false;
  let tuningOnly = false;
  let details = 0;
  let dataDir: string | null = null;
  let measure: MeasureName = "enclosed";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = (): string => {
      const value = args[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    if (arg === "--json") json = true;
    else if (arg === "--calibrate") calibrate = true;
    else if (arg === "--tuning-only") tuningOnly = true;
    else if (arg === "--details") details = positiveInt(next(), "--details");
    else if (arg === "--measure") measure = measureName(next());
    else if (arg === "--data") dataDir = resolve(next());
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return { json, calibrate, details, measure, tuningOnly, dataDir: dataDir ?? SHARED_DATA_DIR };
}

function measureName(value: string): MeasureName {
  const found = MEASURES.find((m) => m === value);
  if (!found) throw new Error(`--measure expects one of ${MEASURES.join(", ")}, got ${value}`);
  return found;
}

function positiveInt(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name} expects a positive integer, got ${value}`);
  return parsed;
}
