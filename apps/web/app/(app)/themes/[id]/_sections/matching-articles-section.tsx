// The newest articles the theme matched in the range, each with the sentence that matched. Read
// in the page's snapshot (lib/themes/theme-page-snapshot.ts), so the list agrees with the numbers.

import Link from "next/link";
import { EvidenceSnippet } from "@/components/articles/evidence-snippet";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { sourceLabel } from "@/lib/articles/list-sources";
import { formatDay } from "@/lib/format/dates";
import { formatCappedCount } from "@/lib/format/numbers";
import type { ThemePageSnapshot } from "@/lib/themes/theme-page-snapshot";

interface Props {
  theme: { id: string; name: string; color: string };
  matching: ThemePageSnapshot["matching"];
}

export function MatchingArticlesSection({ theme, matching }: Props) {
  const { query, count, rows, evidence } = matching;
  const page = { rows };
  return (
    <Card>
      <CardHeader
        title="Matching articles"
        description={`${formatCappedCount(count.count, count.capped)} in the range, newest first, with the sentence that matched`}
        actions={
          <>
            <ExportMenu dataset="articles" query={query} />
            <Link href={`/articles?${query}`} className="text-sm font-medium text-blue-700 hover:underline">
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
