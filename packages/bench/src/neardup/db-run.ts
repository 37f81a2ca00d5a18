// `pnpm bench neardup --db`: the same synthetic bodies, signed and stored the way @tidemark/stories
// stores them (article_minhash + article_minhash_bands in a throwaway database), then two costs
// per query: the LSH lookup (bandCandidates + verification, what a lookup reads), and a whole
// linkFamily (band locks, signature and band rows written, candidates, family row), run in a
// transaction that is rolled back so every query sees the same N rows.
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { createPrismaClient, type Db } from "@tidemark/db";
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  estimateJaccard,
  minhashSignature,
} from "@tidemark/neardup";
import { bandCandidates, linkFamily, NEARDUP, PARAMS_VERSION, signText } from "@tidemark/stories";
import { benchTargets, dropBenchDatabase, freshBenchDatabase } from "../support/bench-database.ts";
import { env } from "../support/env.ts";
import { percentile } from "../support/timing.ts";
import type { NearDupBenchOptions } from "./args.ts";
import { body, bodyParts, loadCorpus, nearCopy, seededRandom } from "./synthetic.ts";

function composed(parts: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(NEARDUP.numHashes).fill(0xffffffff);
  for (const p of parts)
    for (let i = 0; i < out.length; i += 1)
      if ((p[i] as number) < (out[i] as number)) out[i] = p[i] as number;
  return out;
}

function sortedKeys(signature: Uint32Array): bigint[] {
  return [...new Set(bandKeys(signature, NEARDUP.bands))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const BATCH = 5_000;
const LOADED_TABLES = ["articles", "article_minhash", "article_minhash_bands"];

/** Drops the loaded tables' secondary indexes and foreign keys; returns the statements that restore them. */
async function withoutIndexes(db: Db): Promise<string[]> {
  const indexes = await db.$queryRaw<{ name: string; def: string }[]>`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.tablename = ANY(${LOADED_TABLES}::text[]) AND i.schemaname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`;
  const constraints = await db.$queryRaw<{ tab: string; name: string; def: string; kind: string }[]>`
    SELECT c.conrelid::regclass::text AS tab, c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.contype::text AS kind
    FROM pg_constraint c
    WHERE c.conrelid::regclass::text = ANY(${LOADED_TABLES}::text[])
      AND (c.contype = 'f' OR (c.contype = 'p' AND c.conrelid::regclass::text = 'article_minhash_bands'))`;
  for (const c of constraints) await db.$executeRawUnsafe(`ALTER TABLE ${c.tab} DROP CONSTRAINT "${c.name}"`);
  // No WAL for the bulk of the rows (a lookup reads an unlogged table the same way).
  await db.$executeRawUnsafe("ALTER TABLE article_minhash_bands SET UNLOGGED");
  await db.$executeRawUnsafe("ALTER TABLE article_minhash SET UNLOGGED");
  for (const i of indexes) await db.$executeRawUnsafe(`DROP INDEX "${i.name}"`);
  return [
    ...constraints
      .filter((c) => c.kind === "p")
      .map((c) => `ALTER TABLE ${c.tab} ADD CONSTRAINT "${c.name}" ${c.def}`),
    ...indexes.map((i) => i.def),
    ...constraints
      .filter((c) => c.kind === "f")
      .map((c) => `ALTER TABLE ${c.tab} ADD CONSTRAINT "${c.name}" ${c.def}`),
  ];
}

interface Row {
  id: string;
  signature: Uint32Array;
  keys: bigint[];
}

async function insertBatch(db: Db, rows: readonly Row[]): Promise<void> {
  const ids = rows.map((r) => r.id);
  const urls = rows.map((r) => `https://bench.example/${r.id}`);
  await db.$executeRaw`
    INSERT INTO articles (id, submitted_url, normalized_url, status, updated_at, family_id, signed_hash, fetched_at)
    SELECT id, url, url, 'extracted', now(), NULL, 'bench', now() FROM unnest(${ids}::uuid[], ${urls}::text[]) AS u(id, url)`;
  await db.$executeRaw`
    INSERT INTO article_minhash (article_id, signature, params, content_hash)
    SELECT id, sig, ${PARAMS_VERSION}, 'bench' FROM unnest(${ids}::uuid[], ${rows.map((r) => Buffer.from(encodeSignature(r.signature)))}::bytea[]) AS u(id, sig)`;
  const bandIds: string[] = [];
  const bandKeys: bigint[] = [];
  for (const r of rows)
    for (const k of r.keys) {
      bandIds.push(r.id);
      bandKeys.push(k);
    }
  await db.$executeRaw`
    INSERT INTO article_minhash_bands (band_key, article_id)
    SELECT k, id FROM unnest(${bandKeys}::bigint[], ${bandIds}::uuid[]) AS u(k, id)`;
}

function sizeOf(db: Db, table: string): Promise<{ bytes: bigint }[]> {
  return db.$queryRaw`SELECT pg_total_relation_size(${table}::regclass) AS bytes`;
}

export async function runDb(options: NearDupBenchOptions, args: readonly string[]): Promise<void> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const targets = benchTargets("neardup", env.DATABASE_URL, env.REDIS_URL);
  await freshBenchDatabase(targets);
  const db = createPrismaClient(targets.databaseUrl, 4);
  try {
    const corpus = await loadCorpus(options.dataDir);
    const random = seededRandom(options.seed);
    const copied = new Set<number>();
    while (copied.size < options.queries) copied.add(Math.floor(random() * options.n));
    const originals = new Map<number, { id: string; text: string }>();

    // Bulk load as a restore would: secondary indexes and foreign keys of the three tables
    // dropped, rows inserted, then every index and constraint built again (timed apart). The
    // signature and band tables are unlogged for the run (no WAL), which lookups do not notice.
    const restore = await withoutIndexes(db);
    const loadStarted = performance.now();
    let batch: Row[] = [];
    let inserting: Promise<void> = Promise.resolve();
    // Background signatures are composed: MinHash of a union of shingle sets is the element-wise
    // minimum of their signatures, so a body's signature is the minimum of its descriptions'
    // (signed once each) — exact but for the few shingles spanning two descriptions. The copied
    // originals are signed from their full text, as ingest would.
    const partSignatures = corpus.descriptions.map((d) => minhashSignature(d, NEARDUP));
    for (let i = 0; i < options.n; i += 1) {
      const parts = bodyParts(corpus, random);
      const id = randomUUID();
      if (copied.has(i)) {
        const text = parts.map((p) => corpus.descriptions[p]).join("\n\n");
        const signature = minhashSignature(text, NEARDUP);
        batch.push({ id, signature, keys: sortedKeys(signature) });
        originals.set(i, { id, text });
      } else {
        const signature = composed(parts.map((p) => partSignatures[p] as Uint32Array));
        batch.push({ id, signature, keys: sortedKeys(signature) });
      }
      if (batch.length === BATCH || i === options.n - 1) {
        // Sign the next batch while Postgres stores this one.
        await inserting;
        inserting = insertBatch(db, batch);
        batch = [];
        if (!options.json && (i + 1) % 100_000 < BATCH)
          process.stderr.write(`\rloaded ${i + 1}/${options.n}`);
      }
    }
    await inserting;
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const indexStarted = performance.now();
    for (const statement of restore) await db.$executeRawUnsafe(statement);
    await db.$executeRawUnsafe("ANALYZE");
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    if (!options.json) process.stderr.write("\n");

    // Each original is its own family (one row per copied original is enough for the lookups).
    for (const o of originals.values()) {
      const family = await db.textFamily.create({ data: { headArticleId: o.id, firstSeenAt: new Date() } });
      await db.article.update({ where: { id: o.id }, data: { familyId: family.id } });
    }

    const queries: { id: string; text: string; original: string | null }[] = [];
    for (const o of originals.values())
      queries.push({ id: randomUUID(), text: nearCopy(corpus, o.text, random), original: o.id });
    for (let q = 0; q < options.queries; q += 1)
      queries.push({ id: randomUUID(), text: body(corpus, random), original: null });
    await db.$executeRaw`
      INSERT INTO articles (id, submitted_url, normalized_url, status, updated_at, fetched_at)
      SELECT id, 'https://bench.example/q/' || id, 'https://bench.example/q/' || id, 'extracted', now(), now()
      FROM unnest(${queries.map((q) => q.id)}::uuid[]) AS id`;

    const lookupMs: number[] = [];
    const linkMs: number[] = [];
    let candidates = 0;
    let found = 0;
    let reported = 0;
    let right = 0;
    const rollback = new Error("bench rollback");
    for (const q of queries) {
      const signed = signText(q.text);
      if (!signed) continue;
      let started = performance.now();
      const pool = await bandCandidates(db, q.id, signed.bandKeys);
      const matches = pool.filter(
        (c) => estimateJaccard(signed.signature, decodeSignature(c.signature)) >= NEARDUP.threshold,
      );
      lookupMs.push(performance.now() - started);
      candidates += pool.length;
      reported += matches.length;
      right += matches.filter((m) => m.articleId === q.original).length;
      if (q.original && matches.some((m) => m.articleId === q.original)) found += 1;

      started = performance.now();
      await db
        .$transaction(async (tx) => {
          await tx.$queryRaw`SELECT id FROM articles WHERE id = ${q.id}::uuid FOR UPDATE`;
          await linkFamily(tx, {
            id: q.id,
            text: q.text,
            contentHash: "bench",
            instant: new Date(),
            familyId: null,
          });
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error;
        });
      linkMs.push(performance.now() - started);
    }
    const [bands] = await sizeOf(db, "article_minhash_bands");
    const [sigs] = await sizeOf(db, "article_minhash");
    const stats = (xs: number[]) => ({
      mean: xs.reduce((a, b) => a + b, 0) / xs.length,
      p50: percentile(xs, 50),
      p95: percentile(xs, 95),
      p99: percentile(xs, 99),
    });
    const report = {
      command: ["pnpm bench neardup", ...args].join(" "),
      node: process.version,
      n: options.n,
      loadSeconds,
      indexSeconds,
      bandTableMiB: Number(bands?.bytes ?? 0n) / 2 ** 20,
      signatureTableMiB: Number(sigs?.bytes ?? 0n) / 2 ** 20,
      queries: lookupMs.length,
      lookupMs: stats(lookupMs),
      linkFamilyMs: stats(linkMs),
      meanCandidatesPerQuery: candidates / lookupMs.length,
      copyRecall: found / options.queries,
      copyPrecision: reported ? right / reported : 1,
      loadAverageAtStart: loadAtStart,
    };
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    const f = (x: number, digits = 3) => x.toFixed(digits);
    const line = (s: ReturnType<typeof stats>) =>
      `mean ${f(s.mean)} ms, p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, p99 ${f(s.p99)} ms`;
    console.log(`${report.command}  (node ${report.node}, PostgreSQL)`);
    console.log(
      `stored: ${report.n} signatures in ${f(loadSeconds, 1)} s (composed from signed descriptions, see db-run.ts), indexes and foreign keys built in ${f(indexSeconds, 1)} s`,
    );
    console.log(
      `sizes: article_minhash_bands ${f(report.bandTableMiB, 0)} MiB, article_minhash ${f(report.signatureTableMiB, 0)} MiB (with indexes)`,
    );
    console.log(`lookup (bandCandidates + verify), ${report.queries} queries: ${line(report.lookupMs)}`);
    console.log(
      `linkFamily in a transaction (locks, writes, lookup, family; rolled back): ${line(report.linkFamilyMs)}`,
    );
    console.log(`candidates per query: ${f(report.meanCandidatesPerQuery, 2)}`);
    console.log(
      `copy detection: recall ${f(report.copyRecall)} (${found}/${options.queries}), precision ${f(report.copyPrecision)} (${right}/${reported})`,
    );
    console.log(`1-minute load average at start: ${f(loadAtStart, 1)} (2 cores)`);
  } finally {
    await db.$disconnect();
    if (!options.keep) await dropBenchDatabase(targets);
  }
}
