// The latest spikes across the top themes, each with its most telling article.
import type { SpikeResult } from "@tidemark/themes/analytics";
import Link from "next/link";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatBucket } from "@/lib/format/dates";
import { formatRatio, formatShare } from "@/lib/format/numbers";

export function SpikeList({
  result,
  colors,
  query,
}: {
  result: SpikeResult;
  colors: Map<string, string>;
  query: string;
}) {
  const spikes = result.themes
    .flatMap((t) => t.spikes.map((s) => ({ theme: t, spike: s })))
    .sort((a, b) => b.spike.bucket.localeCompare(a.spike.bucket) || b.spike.score - a.spike.score)
    .slice(0, 6);
  return (
    <Card>
      <CardHeader
        title="Spikes"
        description={`Share well above its baseline, ${formatBucket(result.params.from, "day")} onwards`}
        actions={<ExportMenu dataset="spikes" query={query} />}
      />
      {spikes.length === 0 ? (
        <div className="p-4">
          <EmptyState title="No spikes recently" />
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {spikes.map(({ theme, spike }) => {
            const top = spike.articles[0];
            return (
              <li key={`${theme.themeId}-${spike.bucket}`} className="px-4 py-2.5 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="size-2.5 rounded-full"
                      style={{ backgroundColor: colors.get(theme.themeId) }}
                    />
                    <Link href={`/themes/${theme.themeId}`} className="font-medium hover:underline">
                      {theme.name}
                    </Link>
                    <span className="text-xs text-slate-500">
                      {formatBucket(spike.bucket, result.params.unit)}
                    </span>
                  </span>
                  <span className="tabular-nums">
                    <b className="text-red-700">{formatRatio(spike.ratio)}</b>{" "}
                    <span className="text-xs text-slate-500">{formatShare(spike.share)}</span>
                  </span>
                </div>
                {top && (
                  <Link
                    href={`/articles/${top.articleId}`}
                    className="mt-0.5 block truncate text-xs text-blue-700 hover:underline"
                  >
                    {top.title ?? "Untitled"}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
