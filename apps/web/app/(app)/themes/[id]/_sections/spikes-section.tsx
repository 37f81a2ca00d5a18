// Spikes: buckets where the theme's share of coverage stood well above its own recent baseline,
// each with the articles that made it.
import type { SpikeResult } from "@tidemark/themes/analytics";
import Link from "next/link";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatBucket, formatDay } from "@/lib/format/dates";
import { formatCount, formatRatio, formatShare } from "@/lib/format/numbers";
import type { ResolvedRange } from "@/lib/themes/range-query";

interface SpikesSectionProps {
  result: SpikeResult;
  range: ResolvedRange;
  query: string;
}

export function SpikesSection({ result, range, query }: SpikesSectionProps) {
  const spikes = (result.themes[0]?.spikes ?? []).toSorted((a, b) => b.score - a.score);
  return (
    <Card>
      <CardHeader
        title="Spikes"
        description={`${range.unit === "day" ? "Days" : range.unit === "week" ? "Weeks" : "Months"} whose share is well above the previous ${result.baseline.buckets}${result.baseline.weekday ? " same weekdays" : ` ${range.unit}s`} (Fisher exact test, p ≤ 0.001, ≥ 1.5× expected)`}
        actions={<ExportMenu dataset="spikes" query={query} />}
      />
      <CardBody className="space-y-4">
        {spikes.length === 0 ? (
          <EmptyState title="No spikes in this range">
            The share stayed within what its baseline predicts. Try a longer range or a smaller unit.
          </EmptyState>
        ) : (
          spikes.map((spike) => (
            <article key={spike.bucket} className="rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-medium text-slate-900">{formatBucket(spike.bucket, range.unit)}</h3>
                <p className="text-sm text-slate-600">
                  <b className="text-slate-900">{formatShare(spike.share)}</b> of coverage (
                  {formatCount(spike.observed)} of {formatCount(spike.total)}) vs{" "}
                  {formatShare(spike.baselineShare)} before —{" "}
                  <b className="text-red-700">{formatRatio(spike.ratio)}</b> expected
                </p>
              </div>
              {spike.articles.length > 0 && (
                <ul className="mt-2 space-y-1.5">
                  {spike.articles.map((a) => (
                    <li key={a.articleId} className="text-sm">
                      <Link
                        href={`/articles/${a.articleId}`}
                        className="font-medium text-blue-700 hover:underline"
                      >
                        {a.title ?? "Untitled"}
                      </Link>{" "}
                      <span className="text-xs text-slate-500">
                        {a.source?.name ?? a.source?.key ?? ""} · {formatDay(a.publishedAt)}
                      </span>
                      {a.evidence && (
                        <p className="line-clamp-2 text-xs text-slate-600">“{a.evidence.sentence}”</p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))
        )}
      </CardBody>
    </Card>
  );
}
