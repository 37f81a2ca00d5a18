// The two ways a preview finds its matches in the sample (the whole corpus when it is small):
// exactly in Postgres (simple word queries), or by running the matcher over the full-text
// candidates (everything else).
import type { Db } from "@tidemark/db";
import { type CompiledQuery, prepareDocument } from "../query/index.ts";
import { type Candidate, candidateDocuments, candidateIds } from "./candidates-query.ts";
import { exactSamples, exactWeekCounts } from "./exact-counts-query.ts";
import type { PreviewSample } from "./preview.ts";

export interface PreviewScan {
  method: "database" | "prefilter" | "scan";
  /** Matches in the buckets read. */
  matched: number;
  matchedUndated: number;
  scanned: number;
  /** Sample buckets read completely (65536 = the whole corpus). */
  bucketsRead: number;
  /** False when the time budget ran out before every bucket asked for was read. */
  complete: boolean;
  /** Dated matches per local ISO week (Monday), in the buckets read. */
  counts: Map<string, number>;
  samples: PreviewSample[];
}

export interface ScanParams {
  timezone: string;
  samples: number;
  budgetMs: number;
  /** Read only articles with sample_bucket below this (65536: all). */
  maxBucket: number;
}

const PAGE = 2_000;

function sampleOf(matcher: CompiledQuery, article: Candidate): PreviewSample {
  const result = matcher.match(prepareDocument({ title: article.title ?? "", text: article.text ?? "" }), {
    maxEvidence: 2,
  });
  return {
    articleId: article.id,
    title: article.title,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    mentions: result?.mentions ?? 0,
    evidence: result?.evidence ?? [],
  };
}

export async function countInDatabase(
  db: Db,
  matcher: CompiledQuery,
  exactTsQuery: string,
  p: ScanParams,
): Promise<PreviewScan> {
  const rows = await exactWeekCounts(db, exactTsQuery, p.timezone, p.maxBucket);
  const counts = new Map<string, number>();
  let matched = 0;
  let matchedUndated = 0;
  for (const row of rows) {
    matched += row.n;
    if (row.basis === "fetched") matchedUndated += row.n;
    else counts.set(row.week, (counts.get(row.week) ?? 0) + row.n);
  }
  const samples = (await exactSamples(db, exactTsQuery, p.timezone, p.samples, p.maxBucket)).map((a) =>
    sampleOf(matcher, a),
  );
  return {
    method: "database",
    matched,
    matchedUndated,
    scanned: matched,
    bucketsRead: p.maxBucket,
    complete: true,
    counts,
    samples,
  };
}

/**
 * Runs the matcher over the candidates bucket by bucket. When the time budget runs out it stops at
 * a bucket boundary, so what was read is still a uniform random sample (a smaller one).
 */
export async function countWithMatcher(
  db: Db,
  matcher: CompiledQuery,
  tsQuery: string | null,
  p: ScanParams,
  started: number,
): Promise<PreviewScan> {
  const scan: PreviewScan = {
    method: tsQuery === null ? "scan" : "prefilter",
    matched: 0,
    matchedUndated: 0,
    scanned: 0,
    bucketsRead: p.maxBucket,
    complete: true,
    counts: new Map(),
    samples: [],
  };
  // Bucket order (then newest first within a bucket: ids are time-ordered UUIDv7).
  const ids = (await candidateIds(db, tsQuery, p.maxBucket)).sort(
    (a, b) => a.bucket - b.bucket || (a.id < b.id ? 1 : -1),
  );
  const newest: Candidate[] = [];
  let bucket = -1;
  outer: for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE);
    const docs = new Map(
      (
        await candidateDocuments(
          db,
          page.map((c) => c.id),
          p.timezone,
        )
      ).map((d) => [d.id, d]),
    );
    for (const { id, bucket: b } of page) {
      if (b !== bucket) {
        if (bucket >= 0 && performance.now() - started > p.budgetMs) {
          scan.complete = false;
          scan.bucketsRead = bucket + 1;
          break outer;
        }
        bucket = b;
      }
      const article = docs.get(id);
      if (!article) continue; // deleted since the ids were read
      scan.scanned += 1;
      if (!matcher.test(prepareDocument({ title: article.title ?? "", text: article.text ?? "" }))) continue;
      scan.matched += 1;
      if (article.basis === "fetched") scan.matchedUndated += 1;
      else scan.counts.set(article.week, (scan.counts.get(article.week) ?? 0) + 1);
      keepNewest(newest, article, p.samples);
    }
  }
  scan.samples = newest.map((a) => sampleOf(matcher, a));
  return scan;
}

/** Keeps the `limit` newest (highest id) articles, newest first. */
function keepNewest(list: Candidate[], article: Candidate, limit: number): void {
  if (limit <= 0) return;
  if (list.length >= limit && (list.at(-1)?.id ?? "") >= article.id) return;
  list.push(article);
  list.sort((a, b) => (a.id < b.id ? 1 : -1));
  if (list.length > limit) list.pop();
}
