// Scale data for benchmarks, built from the HuffPost corpus (10,000 dated headlines with short
// descriptions). Each synthetic article takes one record's headline and date and several records'
// descriptions as its body (~150-300 words), spread over 60 outlets. Rows are inserted directly
// with SQL — this is benchmark scaffolding, not how users add articles (they use the intake).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "@tidemark/db";
import { SHARED_DATA_DIR } from "./data-dir.ts";

export interface CorpusRecord {
  headline: string;
  short_description: string;
  date: string;
}

const CORPUS = join(SHARED_DATA_DIR, "corpus", "huffpost-10k.jsonl");

export async function readCorpus(): Promise<CorpusRecord[]> {
  const text = await readFile(CORPUS, "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRecord);
}

export async function insertScaleArticles(
  db: Db,
  records: CorpusRecord[],
  count: number,
  bodyRecords = 8,
): Promise<void> {
  const sources: string[] = [];
  for (let s = 0; s < 60; s += 1) {
    const key = `outlet-${s}.example`;
    const row = await db.source.upsert({
      where: { key },
      create: { key, domain: key, name: `Outlet ${s}` },
      update: {},
    });
    sources.push(row.id);
  }
  const BATCH = 2_000;
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const titles: string[] = [];
    const texts: string[] = [];
    const published: string[] = [];
    const sourceIds: string[] = [];
    const urls: string[] = [];
    for (let k = 0; k < n; k += 1) {
      const i = start + k;
      const head = records[i % records.length] as CorpusRecord;
      const body: string[] = [];
      for (let b = 0; b < bodyRecords; b += 1)
        body.push((records[(i * 7 + b * 131) % records.length] as CorpusRecord).short_description);
      titles.push(head.headline);
      texts.push(body.join("\n\n"));
      // Spread the hours across the day so series bucketing has real work to do.
      published.push(
        `${head.date}T${String((i * 7) % 24).padStart(2, "0")}:${String((i * 13) % 60).padStart(2, "0")}:00Z`,
      );
      sourceIds.push(sources[i % sources.length] as string);
      urls.push(`https://outlet-${i % 60}.example/story/${i}`);
    }
    await db.$executeRaw`
      INSERT INTO articles (id, submitted_url, normalized_url, status, title, text, published_at, published_at_source,
                            fetched_at, source_id, word_count, updated_at)
      SELECT gen_random_uuid(), u, u, 'extracted', t, x, p::timestamptz, 'meta', p::timestamptz, s, 200, now()
      FROM unnest(${urls}::text[], ${titles}::text[], ${texts}::text[], ${published}::text[], ${sourceIds}::uuid[])
        AS r(u, t, x, p, s)`;
  }
}
