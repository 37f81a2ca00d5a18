// A saved search's newest matching articles, for its Atom and JSON feeds: candidates newest first
// through the tsquery prefilter, then the theme query language's exact matcher for the verdict and
// the evidence sentence — reading at most QUERY_SCAN_LIMIT candidates per request.
import type { AlertRule, Db } from "@tidemark/db";
import { compileQuery, parseQuery, toTsQuery } from "@tidemark/themes/query";
import { evidenceSentence, InvalidRuleQueryError, QUERY_SCAN_LIMIT, QUERY_SCAN_PAGE } from "./query-scan.ts";
import { type RecentCandidate, recentCandidatePage } from "./recent-candidates-query.ts";

export interface RecentMatch extends Omit<RecentCandidate, "text" | "title"> {
  title: string;
  evidence: string | null;
}

export async function recentQueryMatches(
  db: Db,
  rule: Pick<AlertRule, "id" | "query" | "sourceId" | "collectionId">,
  limit: number,
): Promise<RecentMatch[]> {
  const parsed = parseQuery(rule.query ?? "");
  if (!parsed.ok) throw new InvalidRuleQueryError(rule.id, parsed.error.message);
  const matcher = compileQuery(parsed.ast);
  const tsQuery = toTsQuery(parsed.ast);
  const found: RecentMatch[] = [];
  let before: { at: Date; id: string } | null = null;
  for (let read = 0; read < QUERY_SCAN_LIMIT && found.length < limit; ) {
    const page = await recentCandidatePage(db, {
      tsQuery,
      sourceId: rule.sourceId,
      collectionId: rule.collectionId,
      before,
      limit: QUERY_SCAN_PAGE,
    });
    read += page.length;
    for (const { text, title, ...c } of page) {
      const match = matcher.match({ title: title ?? "", text: text ?? "" }, { maxEvidence: 3 });
      if (match && found.length < limit)
        found.push({ ...c, title: title ?? c.url, evidence: evidenceSentence(match.evidence) });
    }
    const last = page.at(-1);
    if (!last || page.length < QUERY_SCAN_PAGE) break;
    before = { at: last.at, id: last.id };
  }
  return found;
}
