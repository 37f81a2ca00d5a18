// Building a scale corpus. Every article's text is one of up to 10,000 templates made from the
// HuffPost corpus (a headline and eight descriptions, ~150–300 words); the templates are loaded
// first and tagged by the real default-pack backfills, so hits, evidence and hit density are what
// the product's matcher produces. The other articles are drawn from the feed model (outlet, time)
// and loaded with COPY, and each copies its template's hits. Aggregates are then rebuilt by the
// product's own batched rebuild.
import { type Db, uuid7 } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { rebuildCoverage, runBackfill } from "@tidemark/themes";
import { loadDefaultPack } from "@tidemark/themes/default-pack";
import type { CorpusRecord } from "../support/corpus.ts";
import { copyInto } from "./copy.ts";
import { drawArticle, feedModel } from "./feed-model.ts";
import { seeded } from "./random.ts";

const ARTICLE_COLUMNS = [
  "id",
  "submitted_url",
  "normalized_url",
  "status",
  "source_id",
  "title",
  "text",
  "published_at",
  "published_at_source",
  "fetched_at",
  "word_count",
  "language",
  "content_hash",
  "tagged_hash",
  "extractor_version",
  "created_at",
  "updated_at",
];

interface Template {
  title: string;
  text: string;
  words: number;
}

function templates(records: readonly CorpusRecord[], count: number): Template[] {
  return Array.from({ length: count }, (_, t) => {
    const body: string[] = [];
    for (let b = 0; b < 8; b += 1)
      body.push((records[(t * 7 + b * 131) % records.length] as CorpusRecord).short_description);
    const text = body.join("\n\n");
    return {
      title: (records[t % records.length] as CorpusRecord).headline,
      text,
      words: text.split(/\s+/).length,
    };
  });
}

export interface LoadReport {
  templates: number;
  themes: number;
  tagSeconds: number;
  copySeconds: number;
  hitSeconds: number;
  rebuildSeconds: number;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function loadScaleCorpus(
  db: Db,
  databaseUrl: string,
  producer: Producer,
  records: readonly CorpusRecord[],
  count: number,
  sourceCount: number,
  log: (line: string) => void,
): Promise<LoadReport> {
  const model = feedModel(sourceCount);
  const random = seeded(20261207);
  const sourceIds = Array.from({ length: sourceCount }, () => uuid7(Date.parse("2021-01-01")));
  const sources = copyInto(databaseUrl, "sources", ["id", "key", "domain", "name", "updated_at"]);
  for (const [k, id] of sourceIds.entries()) {
    const key = `outlet-${k}.example`;
    await sources.write([id, key, key, `Outlet ${k}`, new Date()]);
  }
  await sources.end();

  const texts = templates(records, Math.min(10_000, count));
  const writeArticles = async (from: number, to: number, map: boolean) => {
    const articles = copyInto(databaseUrl, "articles", ARTICLE_COLUMNS);
    const mapping = map ? copyInto(databaseUrl, "bench_template_map", ["article_id", "template"]) : null;
    for (let i = from; i < to; i += 1) {
      const drawn = drawArticle(model, random);
      const template = i < texts.length ? i : Math.floor(random() * texts.length);
      const t = texts[template] as Template;
      const id = uuid7(drawn.fetchedAt.getTime());
      const url = `https://outlet-${drawn.source}.example/story/${i}`;
      await articles.write([
        id,
        url,
        url,
        "extracted",
        sourceIds[drawn.source] ?? null,
        t.title,
        t.text,
        drawn.publishedAt,
        drawn.publishedAt ? "meta" : "none",
        drawn.fetchedAt,
        t.words,
        "en",
        `template-${template}`,
        `template-${template}`,
        "bench",
        drawn.fetchedAt,
        drawn.fetchedAt,
      ]);
      await mapping?.write([id, template]);
      if ((i + 1) % 250_000 === 0) log(`  … ${i + 1} articles written`);
    }
    await articles.end();
    await mapping?.end();
  };

  // 1. The templates themselves, tagged by the real backfills of the default pack.
  await writeArticles(0, texts.length, false);
  await db.$executeRaw`UPDATE articles SET tagged_hash = content_hash`;
  let t = performance.now();
  await loadDefaultPack(db, producer);
  const backfills = await db.themeBackfill.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  for (const b of backfills) await runBackfill(db, b.id, 2_000);
  const tagSeconds = seconds(t);
  log(
    `Tagged ${texts.length} template articles with ${backfills.length} default-pack themes in ${tagSeconds.toFixed(1)} s.`,
  );
  await db.$executeRaw`
    CREATE UNLOGGED TABLE bench_template_hits AS
    SELECT a.content_hash AS template_hash, h.theme_version_id, h.theme_id, h.score, h.mentions, h.title_mentions, h.evidence
    FROM article_theme_hits h JOIN articles a ON a.id = h.article_id`;
  await db.$executeRaw`CREATE INDEX ON bench_template_hits (template_hash)`;
  await db.$executeRaw`CREATE UNLOGGED TABLE bench_template_map (seq bigserial PRIMARY KEY, article_id uuid, template int)`;

  // 2. Everything else with COPY, then each article takes its template's hits. Secondary indexes
  // are dropped for the load and built again afterwards, as any bulk load does.
  t = performance.now();
  const indexes = await db.$queryRaw<{ name: string; def: string }[]>`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
    WHERE i.schemaname = 'public' AND i.tablename IN ('articles', 'article_theme_hits')
      AND NOT x.indisunique AND NOT x.indisprimary`;
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  await writeArticles(texts.length, count, true);
  const copySeconds = seconds(t);
  log(`Copied ${count - texts.length} more articles in ${copySeconds.toFixed(1)} s.`);
  t = performance.now();
  const [range] = await db.$queryRaw<
    { max: bigint | null }[]
  >`SELECT max(seq) AS max FROM bench_template_map`;
  const last = Number(range?.max ?? 0);
  for (let lo = 0; lo < last; lo += 100_000) {
    await db.$executeRaw`
      INSERT INTO article_theme_hits (article_id, theme_version_id, theme_id, score, mentions, title_mentions, evidence)
      SELECT m.article_id, h.theme_version_id, h.theme_id, h.score, h.mentions, h.title_mentions, h.evidence
      FROM bench_template_map m JOIN bench_template_hits h ON h.template_hash = 'template-' || m.template
      WHERE m.seq > ${lo} AND m.seq <= ${lo + 100_000}`;
  }
  const hitSeconds = seconds(t);
  await db.$executeRaw`DROP TABLE bench_template_map`;
  await db.$executeRaw`DROP TABLE bench_template_hits`;
  log(`Copied the templates' hits in ${hitSeconds.toFixed(1)} s.`);
  t = performance.now();
  // Index definitions come from pg_indexes of this throwaway database, not from input.
  for (const index of indexes) await db.$executeRawUnsafe(index.def);
  log(`Rebuilt ${indexes.length} secondary indexes in ${seconds(t).toFixed(1)} s.`);

  // 3. Aggregates exactly as the product rebuilds them.
  t = performance.now();
  await rebuildCoverage(db);
  const rebuildSeconds = seconds(t);
  log(`Rebuilt coverage aggregates in ${rebuildSeconds.toFixed(1)} s.`);
  return {
    templates: texts.length,
    themes: backfills.length,
    tagSeconds,
    copySeconds,
    hitSeconds,
    rebuildSeconds,
  };
}
