// Per-source health: success rate, failures by code and the last error, worst first.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatAgo } from "@/lib/format/dates";
import { failureLabel } from "@/lib/format/labels";
import { formatCount, formatShare } from "@/lib/format/numbers";
import type { SourceHealth } from "@/lib/health/source-health";

function rateTone(rate: number | null) {
  if (rate === null) return "neutral" as const;
  return rate >= 0.9 ? ("green" as const) : rate >= 0.5 ? ("amber" as const) : ("red" as const);
}

export function SourceHealthTable({ sources }: { sources: SourceHealth[] }) {
  const now = new Date();
  return (
    <Table>
      <thead>
        <tr>
          <Th>Source</Th>
          <Th numeric>Added</Th>
          <Th numeric>Success</Th>
          <Th numeric>Failed</Th>
          <Th>Failures by reason</Th>
          <Th>Last error</Th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.source}>
            <Td className="font-medium">
              {s.sourceId ? (
                <Link href={`/articles?source=${s.sourceId}`} className="hover:underline">
                  {s.name ?? s.source}
                </Link>
              ) : (
                (s.name ?? s.source)
              )}
              {s.name && s.name !== s.source && (
                <span className="block text-xs font-normal text-slate-500">
                  {s.source.replace(/^name:/, "")}
                </span>
              )}
            </Td>
            <Td numeric>
              {formatCount(s.total)}
              {s.pending > 0 && (
                <span className="block text-xs text-slate-500">{formatCount(s.pending)} in progress</span>
              )}
            </Td>
            <Td numeric>
              <Badge tone={rateTone(s.successRate)}>{formatShare(s.successRate)}</Badge>
            </Td>
            <Td numeric className={s.failed + s.gone > 0 ? "text-red-700" : ""}>
              {formatCount(s.failed + s.gone)}
            </Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                {s.failuresByCode.map((c) => (
                  <Badge key={c.code} tone="red" title={c.code}>
                    {failureLabel(c.code)} × {c.count}
                  </Badge>
                ))}
              </div>
            </Td>
            <Td className="max-w-sm text-xs text-slate-600">
              {s.lastErrorMessage ? (
                <>
                  <span className="line-clamp-2">{s.lastErrorMessage}</span>
                  <span className="text-slate-500">{formatAgo(s.lastErrorAt, now)}</span>
                </>
              ) : (
                "—"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
