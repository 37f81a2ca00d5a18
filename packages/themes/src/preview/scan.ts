// The two ways a preview finds its matches: exactly in Postgres (simple word queries), or by
// running the matcher over the full-text candidates (everything else).
import type { Db } from "@tidemark/db";
import { type CompiledQuery, prepareDocument } from "../query/index.ts";
import { type Candidate, candidateDocuments, candidateIds } from "./candidates-query.ts";
import { exactSamples, exactWeekCounts } from "./exact-counts-query.ts";
import type { PreviewSample } from "./preview.ts";

export interface PreviewScan {
  method: "database" | "prefilter" | "scan";
  matched: number;
  matchedUndated: number;
  scanned: number;
  complete: boolean;
  /** Dated matches per local ISO week (Monday). */
  counts: Map<string, number>;
  samples: PreviewSample[];
}

interface ScanParams {
  timezone: string;
  samples: number;
  budgetMs: number;
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
  const rows = await exactWeekCounts(db, exactTsQuery, p.timezone);
  const counts = new Map<string, number>();
  let matched = 0;
  let matchedUndated = 0;
  for (const row of rows) {
    matched += row.n;
    if (row.basis === "fetched") matchedUndated += row.n;
    else counts.set(row.week, (counts.get(row.week) ?? 0) + row.n);
  }
  const samples = (await exactSamples(db, exactTsQuery, p.timezone, p.samples)).map((a) =>
    sampleOf(matcher, a),
  );
  return { method: "database", matched, matchedUndated, scanned: matched, complete: true, counts, samples };
}

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
    complete: true,
    counts: new Map(),
    samples: [],
  };
  // Newest first (ids are time-ordered UUIDv7), so the samples are recent articles.
  const ids = (await candidateIds(db, tsQuery)).sort().reverse();
  for (let i = 0; i < ids.length; i += PAGE) {
    if (performance.now() - started > p.budgetMs) {
      scan.complete = false;
      break;
    }
    for (const article of await candidateDocuments(db, ids.slice(i, i + PAGE), p.timezone)) {
      scan.scanned += 1;
      if (!matcher.test(prepareDocument({ title: article.title ?? "", text: article.text ?? "" }))) continue;
      scan.matched += 1;
      if (article.basis === "fetched") scan.matchedUndated += 1;
      else scan.counts.set(article.week, (scan.counts.get(article.week) ?? 0) + 1);
      if (scan.samples.length < p.samples) scan.samples.push(sampleOf(matcher, article));
    }
  }
  return scan;
}
