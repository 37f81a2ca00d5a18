// The newest articles and where each is in its life (queued → fetching → extracted / failed).

import type { ArticleRow } from "@tidemark/articles";
import Link from "next/link";
import { StatusBadge } from "@/components/articles/status-badge";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { sourceLabel } from "@/lib/articles/list-sources";
import { formatAgo } from "@/lib/format/dates";
import { failureLabel } from "@/lib/format/labels";

export function RecentArticles({ rows }: { rows: ArticleRow[] }) {
  const now = new Date();
  return (
    <Card>
      <CardHeader
        title="Recent articles"
        actions={
          <>
            <ExportMenu dataset="articles" query="sort=added" />
            <Link href="/articles" className="text-sm font-medium text-blue-700 hover:underline">
              All articles →
            </Link>
          </>
        }
      />
      {rows.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No articles yet — add some">
            <Link href="/add" className="text-blue-700 underline">
              Paste URLs or upload a file
            </Link>
          </EmptyState>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
              <span className="min-w-0">
                <Link
                  href={`/articles/${r.id}`}
                  className="block truncate font-medium hover:text-blue-700 hover:underline"
                >
                  {r.title ?? r.normalized_url}
                </Link>
                <span className="text-xs text-slate-500">
                  {sourceLabel(r.source_id ? { key: r.source_key, name: r.source_name } : null)} · added{" "}
                  {formatAgo(r.created_at, now)}
                  {r.status === "failed" && (
                    <span className="text-red-700"> · {failureLabel(r.failure_code)}</span>
                  )}
                </span>
              </span>
              <StatusBadge status={r.status} title={r.failure_message ?? undefined} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
