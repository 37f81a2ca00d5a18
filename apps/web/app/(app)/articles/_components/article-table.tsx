// A page of articles: title, outlet, publication date with where it came from, status (with the
// failure reason), and — when filtered by theme — the sentence that matched.

import type { ArticleRow, SnippetPart } from "@tidemark/articles";
import type { DateSource } from "@tidemark/db";
import Link from "next/link";
import { EvidenceSnippet } from "@/components/articles/evidence-snippet";
import type { ThemeStyle } from "@/components/articles/highlighted-text";
import { KwicSnippet } from "@/components/articles/kwic-snippet";
import { StatusBadge } from "@/components/articles/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { sourceLabel } from "@/lib/articles/list-sources";
import type { RowEvidence } from "@/lib/articles/row-evidence";
import { formatAgo, formatDay } from "@/lib/format/dates";
import { DATE_SOURCE_LABELS, failureLabel } from "@/lib/format/labels";
import { SelectPageCheckbox, SelectRowCheckbox } from "./bulk-selection";

interface ArticleTableProps {
  rows: ArticleRow[];
  evidence: Map<string, RowEvidence[]>;
  /** Theme style by series version id, for evidence colouring. */
  versionThemes: Map<string, ThemeStyle>;
  /** Keyword-in-context passages of a plain search, by article id. */
  snippets?: Map<string, SnippetPart[]>;
  /** A checkbox per row for bulk actions (editors; inside a BulkSelectionProvider). */
  selectable?: boolean;
}

function hostOf(url: string): string {
  if (url.startsWith("file:")) return "imported document";
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function ArticleTable({ rows, evidence, versionThemes, snippets, selectable }: ArticleTableProps) {
  const now = new Date();
  return (
    <Table>
      <thead>
        <tr>
          {selectable && (
            <Th className="w-8">
              <SelectPageCheckbox />
            </Th>
          )}
          <Th className="w-[50%]">Article</Th>
          <Th>Source</Th>
          <Th>Published</Th>
          <Th>Status</Th>
          <Th>Added</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            {selectable && (
              <Td className="w-8 align-top">
                <SelectRowCheckbox id={row.id} label={row.title ?? row.normalized_url} />
              </Td>
            )}
            <Td>
              <Link
                href={`/articles/${row.id}`}
                className="font-medium text-slate-900 hover:text-blue-700 hover:underline"
              >
                {row.title ?? <span className="text-slate-500">{row.normalized_url}</span>}
              </Link>
              <p className="truncate text-xs text-slate-500">
                {hostOf(row.normalized_url)}
                {row.language && ` · ${row.language}`}
                {row.word_count !== null && ` · ${row.word_count.toLocaleString("en-US")} words`}
              </p>
              {snippets?.get(row.id) && (
                <div className="mt-1">
                  <KwicSnippet parts={snippets.get(row.id) ?? []} />
                </div>
              )}
              {(evidence.get(row.id) ?? []).map((e) => {
                const theme = versionThemes.get(e.versionId);
                return theme ? (
                  <div key={e.versionId} className="mt-1">
                    <EvidenceSnippet evidence={e.evidence} theme={theme} />
                  </div>
                ) : null;
              })}
            </Td>
            <Td className="whitespace-nowrap">
              {sourceLabel(row.source_id ? { key: row.source_key, name: row.source_name } : null)}
            </Td>
            <Td
              className="whitespace-nowrap"
              title={DATE_SOURCE_LABELS[row.published_at_source as DateSource] ?? row.published_at_source}
            >
              {row.published_at ? (
                formatDay(row.published_at)
              ) : (
                <span className="text-slate-500">undated</span>
              )}
            </Td>
            <Td>
              <StatusBadge status={row.status} />
              {row.status === "failed" && (
                <p className="mt-1 max-w-56 text-xs text-red-700" title={row.failure_message ?? undefined}>
                  {failureLabel(row.failure_code)}
                  {row.failure_message && (
                    <span className="block line-clamp-2 text-slate-600">{row.failure_message}</span>
                  )}
                </p>
              )}
            </Td>
            <Td className="whitespace-nowrap text-xs text-slate-500" title={row.created_at.toISOString()}>
              {formatAgo(row.created_at, now)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
