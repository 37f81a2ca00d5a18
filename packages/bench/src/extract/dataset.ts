// Loads both dev sets fully into memory (read + decode), so that timed runs measure extraction only.
// Every case is assigned to the tuning part or the held-out part by a hash of its set and file name:
// the split is fixed, and held-out pages are never looked at while tuning.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeHtmlBytes } from "@tidemark/ingest/extract";
import { z } from "zod";
import { fnv1a } from "./synthetic/random.ts";

const bodyCaseSchema = z.object({
  page: z.string(),
  url: z.string(),
  mustContain: z.array(z.string()),
  mustNotContain: z.array(z.string()),
  title: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
});
export type BodyCase = z.infer<typeof bodyCaseSchema>;

const dateCaseSchema = z.object({
  page: z.string(),
  url: z.string(),
  /** True publication day, or null for undated pages. */
  date: z.string().nullable(),
});
export type DateCase = z.infer<typeof dateCaseSchema>;

export interface Loaded<T> {
  readonly item: T;
  readonly html: string;
  /** In the held-out quarter: reported, never tuned on. */
  readonly heldOut: boolean;
}

export interface Datasets {
  readonly body: readonly Loaded<BodyCase>[];
  readonly dates: readonly Loaded<DateCase>[];
}

/** One page in four is held out. */
const HELD_OUT_MODULUS = 4;

export function isHeldOut(set: string, page: string): boolean {
  return fnv1a(`${set}/${page}`) % HELD_OUT_MODULUS === 0;
}

/**
 * Fold "A" or "B" of a tuning page. FNV-1a's low bits are poorly mixed (its lowest bit is the
 * parity of the odd character codes, the very bit `isHeldOut` also reads), so the fold takes the
 * top bit of the hash after a multiplicative mix: independent of the held-out split.
 */
export function foldOf(set: string, page: string): "A" | "B" {
  return Math.imul(fnv1a(`fold/${set}/${page}`), 0x9e3779b1) >>> 31 === 0 ? "A" : "B";
}

export async function loadDatasets(dataDir: string, limit: number | null): Promise<Datasets> {
  const [body, dates] = await Promise.all([
    loadSet("extraction-dev", bodyCaseSchema, dataDir, limit),
    loadSet("dates-dev", dateCaseSchema, dataDir, limit),
  ]);
  return { body, dates };
}

async function loadSet<T extends { page: string }>(
  set: string,
  schema: z.ZodType<T>,
  dataDir: string,
  limit: number | null,
): Promise<Loaded<T>[]> {
  const dir = join(dataDir, set);
  const cases = z.array(schema).parse(JSON.parse(await readFile(join(dir, "cases.json"), "utf8")));
  const selected = limit === null ? cases : cases.slice(0, limit);
  return Promise.all(
    selected.map(async (item) => ({
      item,
      html: decodeHtmlBytes(await readFile(join(dir, "pages", item.page))),
      heldOut: isHeldOut(set, item.page),
    })),
  );
}
