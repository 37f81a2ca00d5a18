// The newest articles the theme matched in the range, each with the sentence that matched.

import { cappedArticleCount, listArticles } from "@tidemark/articles";
import Link from "next/link";
import { EvidenceSnippet } from "@/components/articles/evidence-snippet";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { articleListSchema } from "@/lib/articles/list-params";
import { sourceLabel } from "@/lib/articles/list-sources";
import { evidenceForRows } from "@/lib/articles/row-evidence";
import { authedDb } from "@/lib/auth/authed-db";
import { formatDay } from "@/lib/format/dates";
import { formatCappedCount } from "@/lib/format/numbers";
import { rawParams } from "@/lib/search-params/raw-query";
import { countedArticlesQuery } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";

interface Props {
  theme: { id: string; name: string; color: string; seriesVersionId: string | null };
  range: ResolvedRange;
}

export async function MatchingArticlesSection({ theme, range }: Props) {
  const { db } = await authedDb();
  // One query for the list shown here, its export and the link to all of it.
  const query = countedArticlesQuery(theme.id, range);
  const params = articleListSchema.parse({ ...rawParams(query), limit: "8" });
  const filters = { params, themeVersions: [theme.seriesVersionId] };
  const count = await cappedArticleCount(db, filters);
  const page = await listArticles(db, filters, { fewMatches: !count.capped });
  const evidence = await evidenceForRows(
    db,
    page.rows.map((r) => r.id),
    theme.seriesVersionId ? [theme.seriesVersionId] : [],
  );
  return (
    <Card>
      <CardHeader
        title="Matching articles"
        description={`${formatCappedCount(count.count, count.capped)} in the range, newest first, with the sentence that matched`}
        actions={
          <>
            <ExportMenu dataset="articles" query={query.toString()} />
            <Link
              href={`/articles?${query.toString()}`}
              className="text-sm font-medium text-blue-700 hover:underline"
            >
              All matching articles →
            </Link>
          </>
        }
      />
      {page.rows.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No matching articles in this range" />
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {page.rows.map((row) => {
            const first = evidence.get(row.id)?.[0];
            return (
              <li key={row.id} className="px-4 py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    href={`/articles/${row.id}`}
                    className="font-medium text-slate-900 hover:text-blue-700 hover:underline"
                  >
                    {row.title ?? row.normalized_url}
                  </Link>
                  <span className="text-xs text-slate-500">
                    {sourceLabel({ key: row.source_key, name: row.source_name })} ·{" "}
                    {formatDay(row.published_at)}
                  </span>
                </div>
                {first && (
                  <div className="mt-1">
                    <EvidenceSnippet evidence={first.evidence} theme={theme} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
