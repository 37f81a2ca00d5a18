// Reading what a query rule has not read yet. The rule keeps a keyset cursor (updated_at, id) over
// counted articles; each evaluation reads on from it, up to QUERY_SCAN_LIMIT candidates, in pages
// chosen by the query's tsquery prefilter (GIN index, a superset), and runs the theme query
// language's exact matcher on each candidate for the verdict and the evidence sentence. Articles
// stored in the last SETTLE_MS are left for the next evaluation, so one whose transaction is still
// committing is not stepped over.
import type { AlertRule, Db } from "@tidemark/db";
import { compileQuery, type Evidence, parseQuery, toTsQuery } from "@tidemark/themes/query";
import { queryCandidatePage } from "./query-candidates-query.ts";

/** Candidates read per page, and at most per rule and evaluation (the rest wait for the next). */
export const QUERY_SCAN_PAGE = 250;
export const QUERY_SCAN_LIMIT = 2000;
/** How long after it is stored an article is first read. */
export const SETTLE_MS = 60_000;
/** A spike compares its window with the seven before: the scan of a new spike rule starts that far back. */
export const SPIKE_WINDOWS = 8;

const HOUR = 3_600_000;

export class InvalidRuleQueryError extends Error {
  constructor(
    readonly ruleId: string,
    reason: string,
  ) {
    super(`Alert rule ${ruleId} has a query that no longer parses: ${reason}`);
    this.name = "InvalidRuleQueryError";
  }
}

export interface QueryMatch {
  articleId: string;
  title: string;
  url: string;
  outlet: string | null;
  hour: Date;
  /** The sentence that matched (the body's first, else the title). */
  evidence: string | null;
}

export interface QueryScan {
  matches: QueryMatch[];
  /** Where the next evaluation reads on from. */
  cursor: { at: Date; id: string | null };
  /** Whether everything settled has been read (false: the per-run bound stopped the scan). */
  caughtUp: boolean;
}

type ScannedRule = Pick<
  AlertRule,
  | "id"
  | "kind"
  | "query"
  | "sourceId"
  | "collectionId"
  | "windowHours"
  | "createdAt"
  | "scannedAt"
  | "scannedId"
>;

/**
 * Where a rule that has read nothing starts: a new-article rule at its creation; a spike rule
 * SPIKE_WINDOWS windows back, so its baseline is there from the start.
 */
export function scanStart(rule: ScannedRule, now: Date): { at: Date; id: string | null } {
  if (rule.scannedAt) return { at: rule.scannedAt, id: rule.scannedId };
  if (rule.kind === "spike")
    return { at: new Date(now.getTime() - SPIKE_WINDOWS * rule.windowHours * HOUR), id: null };
  return { at: rule.createdAt, id: null };
}

export function evidenceSentence(evidence: readonly Evidence[]): string | null {
  return (evidence.find((e) => e.field === "text") ?? evidence[0])?.sentence ?? null;
}

export async function scanQuery(
  db: Db,
  rule: ScannedRule,
  now: Date,
  bounds = { page: QUERY_SCAN_PAGE, total: QUERY_SCAN_LIMIT },
): Promise<QueryScan> {
  const parsed = parseQuery(rule.query ?? "");
  if (!parsed.ok) throw new InvalidRuleQueryError(rule.id, parsed.error.message);
  const matcher = compileQuery(parsed.ast);
  const tsQuery = toTsQuery(parsed.ast);
  const until = new Date(now.getTime() - SETTLE_MS);
  // A new-article rule reports only articles extracted since it was created, even when an older
  // one is touched (re-grouped, re-checked) later.
  const fetchedFrom = rule.kind === "spike" ? null : rule.createdAt;
  let cursor = scanStart(rule, now);
  const matches: QueryMatch[] = [];
  let read = 0;
  while (read < bounds.total) {
    const limit = Math.min(bounds.page, bounds.total - read);
    const page = await queryCandidatePage(db, {
      tsQuery,
      after: cursor,
      until,
      fetchedFrom,
      sourceId: rule.sourceId,
      collectionId: rule.collectionId,
      limit,
    });
    read += page.length;
    for (const c of page) {
      const match = matcher.match({ title: c.title ?? "", text: c.text ?? "" }, { maxEvidence: 3 });
      if (match)
        matches.push({
          articleId: c.id,
          title: c.title ?? c.url,
          url: c.url,
          outlet: c.outlet,
          hour: c.hour,
          evidence: evidenceSentence(match.evidence),
        });
    }
    const last = page.at(-1);
    if (last) cursor = { at: last.updatedAt, id: last.id };
    if (page.length < limit) return { matches, cursor, caughtUp: true };
  }
  return { matches, cursor, caughtUp: false };
}
