// `pnpm bench neardup`: MinHash signature speed, in-memory LSH candidate lookup cost at N
// signatures, and copy-detection precision/recall on injected near-copies; with --db the same
// lookups against signatures stored in PostgreSQL (db-run.ts).
import { loadavg } from "node:os";
import { estimateJaccard, MemoryIndex, minhashSignature, nearDupOptions } from "@tidemark/neardup";
import { percentile } from "../support/timing.ts";
import { parseArgs } from "./args.ts";
import { runDb } from "./db-run.ts";
import { body, loadCorpus, nearCopy, seededRandom } from "./synthetic.ts";

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  if (options.db) return runDb(options, args);
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const settings = nearDupOptions();
  const corpus = await loadCorpus(options.dataDir);
  const random = seededRandom(options.seed);
  const index = new MemoryIndex(settings);

  // Index N bodies; keep only the ones later copied (texts are not kept, as at scale).
  const copiedIds = new Set<number>();
  while (copiedIds.size < options.queries) copiedIds.add(Math.floor(random() * options.n));
  const originals = new Map<number, { text: string; signature: Uint32Array }>();
  let signSeconds = 0;
  let words = 0;
  for (let i = 0; i < options.n; i += 1) {
    const text = body(corpus, random);
    const started = performance.now();
    const signature = minhashSignature(text, settings);
    signSeconds += (performance.now() - started) / 1000;
    index.add(signature);
    if (copiedIds.has(i)) originals.set(i, { text, signature });
    words += text.split(/\s+/u).length;
  }
  const buildStarted = performance.now();
  index.build();
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  // Queries: a near-copy of each chosen body, and as many fresh unrelated bodies.
  const queries: { signature: Uint32Array; original: number | null }[] = [];
  const copySimilarities: number[] = [];
  for (const [id, original] of originals) {
    const signature = minhashSignature(nearCopy(corpus, original.text, random), settings);
    copySimilarities.push(estimateJaccard(signature, original.signature));
    queries.push({ signature, original: id });
  }
  for (let q = 0; q < options.queries; q += 1)
    queries.push({ signature: minhashSignature(body(corpus, random), settings), original: null });

  const times: number[] = [];
  let candidates = 0;
  let found = 0;
  let matchesReported = 0;
  let matchesRight = 0;
  for (const q of queries) {
    const started = performance.now();
    const pool = index.candidates(q.signature);
    const matches = index.query(q.signature);
    times.push(performance.now() - started);
    candidates += pool.size;
    matchesReported += matches.length;
    for (const m of matches) if (m.id === q.original) matchesRight += 1;
    if (q.original !== null && matches.some((m) => m.id === q.original)) found += 1;
  }
  const memory = process.memoryUsage();
  const report = {
    command: ["pnpm bench neardup", ...args].join(" "),
    node: process.version,
    settings,
    n: options.n,
    meanWordsPerBody: words / options.n,
    signaturesPerSecond: options.n / signSeconds,
    buildSeconds,
    queries: queries.length,
    lookupMs: {
      mean: times.reduce((a, b) => a + b, 0) / times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
    },
    meanCandidatesPerQuery: candidates / queries.length,
    copyRecall: found / options.queries,
    copyPrecision: matchesReported ? matchesRight / matchesReported : 1,
    copySimilarity: {
      mean: copySimilarities.reduce((a, b) => a + b, 0) / copySimilarities.length,
      p5: percentile(copySimilarities, 5),
      min: Math.min(...copySimilarities),
    },
    rssMiB: memory.rss / 2 ** 20,
    loadAverageAtStart: loadAtStart,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = (x: number, digits = 3) => x.toFixed(digits);
  console.log(`${report.command}  (node ${report.node})`);
  console.log(
    `settings: ${settings.shingleSize}-word shingles, ${settings.numHashes} hashes, ${settings.bands} bands × ${settings.numHashes / settings.bands} rows, threshold ${settings.threshold}`,
  );
  console.log(
    `index: ${report.n} bodies (mean ${f(report.meanWordsPerBody, 0)} words), built in ${f(buildSeconds, 2)} s`,
  );
  console.log(`signatures: ${f(report.signaturesPerSecond, 0)} per second (one core)`);
  console.log(
    `lookup (candidates + verify), ${report.queries} queries: mean ${f(report.lookupMs.mean)} ms, p50 ${f(report.lookupMs.p50)} ms, p95 ${f(report.lookupMs.p95)} ms, p99 ${f(report.lookupMs.p99)} ms`,
  );
  console.log(`candidates per query: ${f(report.meanCandidatesPerQuery, 2)}`);
  console.log(
    `copy detection: recall ${f(report.copyRecall)} (${found}/${options.queries} copies found their original), precision ${f(report.copyPrecision)} (${matchesRight}/${matchesReported} reported matches right)`,
  );
  console.log(
    `estimated Jaccard of copies to their originals: mean ${f(report.copySimilarity.mean)}, p5 ${f(report.copySimilarity.p5)}, min ${f(report.copySimilarity.min)}`,
  );
  console.log(
    `process RSS: ${f(report.rssMiB, 0)} MiB; 1-minute load average at start: ${f(loadAtStart, 1)} (2 cores)`,
  );
}
