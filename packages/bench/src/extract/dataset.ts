// Loads both dev sets fully into memory (read + decode), so that timed runs measure extraction only.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeHtmlBytes } from "@tidemark/ingest/extract";

export interface BodyCase {
  readonly page: string;
  readonly url: string;
  readonly mustContain: readonly string[];
  readonly mustNotContain: readonly string[];
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

export interface DateCase {
  readonly page: string;
  readonly url: string;
  /** True publication day, or null for undated pages. */
  readonly date: string | null;
}

export interface Loaded<T> {
  readonly item: T;
  readonly html: string;
}

export interface Datasets {
  readonly body: readonly Loaded<BodyCase>[];
  readonly dates: readonly Loaded<DateCase>[];
}

export async function loadDatasets(dataDir: string, limit: number | null): Promise<Datasets> {
  const [body, dates] = await Promise.all([
    loadSet<BodyCase>(join(dataDir, "extraction-dev"), limit),
    loadSet<DateCase>(join(dataDir, "dates-dev"), limit),
  ]);
  return { body, dates };
}

async function loadSet<T extends { page: string }>(dir: string, limit: number | null): Promise<Loaded<T>[]> {
  const cases = JSON.parse(await readFile(join(dir, "cases.json"), "utf8")) as T[];
  const selected = limit === null ? cases : cases.slice(0, limit);
  return Promise.all(
    selected.map(async (item) => ({
      item,
      html: decodeHtmlBytes(await readFile(join(dir, "pages", item.page))),
    })),
  );
}
