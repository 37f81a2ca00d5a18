// The numbers behind a coverage chart, bucket by bucket, each count linking to its articles:
// the keyboard- and screen-reader-friendly way to trace every point of the chart.
import type { CoverageSeries } from "@tidemark/themes/series";
import Link from "next/link";
import { bucketDates } from "@/components/charts/bucket-range";
import { Table, Td, Th } from "@/components/ui/table";
import { formatBucket } from "@/lib/format/dates";
import { formatCount, formatShare } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";

export function SeriesNumbers({ series, range }: { series: CoverageSeries; range: ResolvedRange }) {
  const { buckets, totals, undatedTotals, themes } = series;
  const link = (themeId: string, bucket: string) =>
    countedArticlesHref(themeId, { ...range, ...bucketDates(bucket, range.unit, range.from, range.to) });
  return (
    <details className="group border-t border-slate-100">
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-blue-700 hover:underline">
        Show the numbers ({buckets.length} {range.unit}s)
      </summary>
      <div className="max-h-96 overflow-y-auto">
        <Table>
          <thead className="sticky top-0">
            <tr>
              <Th>{range.unit}</Th>
              {themes.map((t) => (
                <Th key={t.themeId} numeric>
                  {t.name}
                </Th>
              ))}
              <Th numeric>All dated articles</Th>
              <Th numeric>Undated fallback</Th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket, i) => (
              <tr key={bucket}>
                <Td>{formatBucket(bucket, range.unit)}</Td>
                {themes.map((t) => (
                  <Td key={t.themeId} numeric>
                    <Link href={link(t.themeId, bucket)} className="text-blue-700 hover:underline">
                      {formatCount(t.counts[i] ?? 0)}
                    </Link>{" "}
                    <span className="text-slate-500">({formatShare(t.shares[i])})</span>
                  </Td>
                ))}
                <Td numeric>{formatCount(totals[i] ?? 0)}</Td>
                <Td numeric className="text-slate-500">
                  {themes.length === 1 ? `${formatCount(themes[0]?.undatedCounts[i] ?? 0)} of ` : ""}
                  {formatCount(undatedTotals[i] ?? 0)}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </details>
  );
}
