// Words and phrases rising within the theme's coverage: this period against the previous period
// of the same length (Dunning's G²), each linking to the articles that use it.
import { cachedEmergingTerms } from "@tidemark/themes/analytics";
import Link from "next/link";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { authedCacheDb, authedDb } from "@/lib/auth/authed-db";
import { formatCount, formatShare } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { recentWindow } from "@/lib/themes/recent-window";

export async function EmergingTermsSection({ themeId, range }: { themeId: string; range: ResolvedRange }) {
  const { db } = await authedDb();
  const recent = recentWindow(range);
  // Kept per (theme version, period): see terms-cache.ts for when an entry is recomputed.
  const result = await cachedEmergingTerms(
    db,
    {
      themeId,
      from: recent.from,
      to: recent.to,
      timezone: range.timezone,
      sourceIds: range.sourceIds,
      limit: 12,
    },
    { cacheDb: await authedCacheDb() },
  );
  const termsQuery = new URLSearchParams({
    theme: themeId,
    from: recent.from,
    to: recent.to,
    tz: range.timezone,
  });
  for (const id of range.sourceIds ?? []) termsQuery.append("source", id);
  // The terms were counted in the recent window, among the view's sources.
  const link = (term: string) =>
    countedArticlesHref(
      themeId,
      { ...range, from: recent.from, to: recent.to },
      { q: term.includes(" ") ? `"${term}"` : term },
    );
  return (
    <Card>
      <CardHeader
        title="Emerging terms"
        description={`The last ${recent.days} days (${formatCount(result.current.read)} articles) vs the ${recent.days} days before (${formatCount(result.previous.read)})${result.current.capped ? ", newest articles only" : ""}`}
        actions={<ExportMenu dataset="terms" query={termsQuery.toString()} />}
      />
      {result.terms.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No term rises clearly">
            {result.previous.read === 0
              ? "There is no earlier period with articles to compare with."
              : "No word or phrase is significantly more frequent than in the previous period."}
          </EmptyState>
        </div>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Term</Th>
              <Th numeric>Now</Th>
              <Th numeric>Before</Th>
              <Th numeric>G²</Th>
            </tr>
          </thead>
          <tbody>
            {result.terms.map((t) => (
              <tr key={t.term}>
                <Td>
                  <Link href={link(t.term)} className="font-medium text-blue-700 hover:underline">
                    {t.term}
                  </Link>
                </Td>
                <Td numeric>
                  {formatCount(t.current)}{" "}
                  <span className="text-slate-500">({formatShare(t.currentRate)})</span>
                </Td>
                <Td numeric>
                  {formatCount(t.previous)}{" "}
                  <span className="text-slate-500">({formatShare(t.previousRate)})</span>
                </Td>
                <Td numeric>{t.g2.toFixed(1)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
