// Ingest throughput and latency over the last hours, server-rendered from ingest_minutes (every
// worker adds its per-minute totals there): a small bar chart of articles per second and a table
// of mean stage times per bucket. No client JavaScript, no scan of the articles table.
import type { IngestHistoryBucket } from "@tidemark/metrics";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ScrollArea } from "@/components/ui/scroll-area";
import { formatCount } from "@/lib/format/numbers";

const WIDTH = 720;
const HEIGHT = 90;

function ms(value: number | null): string {
  return value === null ? "–" : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function time(date: Date): string {
  return date.toISOString().slice(11, 16);
}

export function IngestHistory({
  buckets,
  hours,
  bucketMinutes,
}: {
  buckets: IngestHistoryBucket[];
  hours: number;
  bucketMinutes: number;
}) {
  const peak = Math.max(0, ...buckets.map((b) => b.perSecond));
  const barWidth = buckets.length > 0 ? WIDTH / ((hours * 60) / bucketMinutes) : 0;
  const since = Date.now() - hours * 3_600_000;
  return (
    <Card className="mt-6">
      <CardHeader
        title="Ingest throughput and latency"
        description={`Last ${hours} hours in ${bucketMinutes}-minute buckets (UTC), all worker processes: articles extracted per second and mean time per ingest job and stage.`}
      />
      {buckets.length === 0 ? (
        <div className="p-4">
          <EmptyState title={`No ingest jobs in the last ${hours} hours`} />
        </div>
      ) : (
        <div className="space-y-3 p-4">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
            className="h-28 w-full"
            role="img"
            aria-label={`Articles extracted per second, peak ${peak.toFixed(1)} per second`}
          >
            {buckets.map((b) => {
              const x = ((b.start.getTime() - since) / (hours * 3_600_000)) * WIDTH;
              const h = peak > 0 ? (b.perSecond / peak) * HEIGHT : 0;
              return (
                <rect
                  key={b.start.toISOString()}
                  x={Math.max(0, x)}
                  y={HEIGHT - h}
                  width={Math.max(1, barWidth - 1)}
                  height={h}
                  className="fill-blue-600"
                >
                  <title>{`${time(b.start)}: ${b.perSecond.toFixed(2)} articles/s, ${ms(b.jobMs)} per job`}</title>
                </rect>
              );
            })}
            <text x={0} y={HEIGHT + 12} className="fill-slate-500 text-[10px]">
              {time(new Date(since))}
            </text>
            <text x={WIDTH} y={HEIGHT + 12} textAnchor="end" className="fill-slate-500 text-[10px]">
              now · peak {peak.toFixed(1)}/s
            </text>
          </svg>
          <ScrollArea className="max-h-72 overflow-auto">
            <table className="w-full min-w-[42rem] text-right text-sm tabular-nums">
              <thead className="sticky top-0 bg-white text-xs text-slate-500">
                <tr>
                  <th className="text-left font-medium">From (UTC)</th>
                  <th className="font-medium">Extracted/s</th>
                  <th className="font-medium">Jobs</th>
                  <th className="font-medium">Failed</th>
                  <th className="font-medium">Per job</th>
                  <th className="font-medium">Max</th>
                  <th className="font-medium">Wait</th>
                  <th className="font-medium">Fetch</th>
                  <th className="font-medium">Extract</th>
                  <th className="font-medium">Match</th>
                  <th className="font-medium">Store + tag</th>
                </tr>
              </thead>
              <tbody>
                {[...buckets].reverse().map((b) => (
                  <tr key={b.start.toISOString()} className="border-t border-slate-100">
                    <td className="text-left">{time(b.start)}</td>
                    <td>{b.perSecond.toFixed(2)}</td>
                    <td>{formatCount(b.jobs)}</td>
                    <td>{formatCount(b.failed)}</td>
                    <td>{ms(b.jobMs)}</td>
                    <td>{ms(b.jobMsMax)}</td>
                    <td>{ms(b.fetchWaitMs)}</td>
                    <td>{ms(b.fetchMs)}</td>
                    <td>{ms(b.extractMs)}</td>
                    <td>{ms(b.matchMs)}</td>
                    <td>{ms(b.storeMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </div>
      )}
    </Card>
  );
}
