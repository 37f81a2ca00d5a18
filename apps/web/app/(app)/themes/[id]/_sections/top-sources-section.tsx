// Which outlets cover the theme most, as hits and as a share of each outlet's own coverage,
// against the overall share. Read in the page's snapshot, with the series and the matching list.
import type { SourceThemeResult } from "@tidemark/themes/analytics";
import Link from "next/link";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { sourceLabel } from "@/lib/articles/list-sources";
import { formatCount, formatRatio, formatShare } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";

export function TopSourcesSection({
  themeId,
  result,
  range,
  query,
}: {
  themeId: string;
  result: SourceThemeResult;
  range: ResolvedRange;
  query: string;
}) {
  const overall = result.overall.themes[0]?.share ?? null;
  const rows = result.sources
    .map((s) => ({ source: s, theme: s.themes[0] }))
    .filter((r) => (r.theme?.hits ?? 0) > 0)
    .sort((a, b) => (b.theme?.hits ?? 0) - (a.theme?.hits ?? 0))
    .slice(0, 10);
  return (
    <Card>
      <CardHeader
        title="Top sources"
        description={`Overall share: ${formatShare(overall)}. Emphasis = the source's share ÷ the overall share.`}
        actions={<ExportMenu dataset="source-themes" query={`${query}&theme=${themeId}`} />}
      />
      {rows.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No source covered this theme in the range" />
        </div>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Source</Th>
              <Th numeric>Hits</Th>
              <Th numeric>Share</Th>
              <Th numeric>Emphasis</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ source, theme }) => (
              <tr key={source.sourceId}>
                <Td className="max-w-48 truncate">{sourceLabel(source)}</Td>
                <Td numeric className="whitespace-nowrap">
                  <Link
                    href={countedArticlesHref(themeId, {
                      ...range,
                      sourceIds: [source.sourceId],
                      collectionIds: undefined,
                    })}
                    className="text-blue-700 underline"
                  >
                    {formatCount(theme?.hits ?? 0)}
                  </Link>
                  <span className="text-slate-500"> / {formatCount(source.articles)}</span>
                </Td>
                <Td numeric>{formatShare(theme?.share)}</Td>
                <Td numeric>
                  {overall && theme?.share !== null && theme?.share !== undefined
                    ? formatRatio(theme.share / overall)
                    : "—"}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
