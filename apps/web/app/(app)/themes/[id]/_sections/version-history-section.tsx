// Every definition the theme has had, which one the numbers come from, and how each backfill went.
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import type { ThemeDetail } from "@/lib/themes/theme-detail";

export function VersionHistorySection({ theme }: { theme: ThemeDetail }) {
  return (
    <Card>
      <CardHeader
        title="Version history"
        description="Definitions are immutable: each edit is a new version, applied to every article by a backfill."
      />
      <ol className="divide-y divide-slate-100">
        {theme.versions.map((v) => (
          <li key={v.id} className="px-4 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold text-slate-900">v{v.version}</span>
              {v.id === theme.seriesVersionId && <Badge tone="green">numbers shown</Badge>}
              {v.id === theme.currentVersionId && v.id !== theme.seriesVersionId && (
                <Badge tone="amber">current, backfilling</Badge>
              )}
              {v.id === theme.currentVersionId && v.id === theme.seriesVersionId && (
                <Badge tone="blue">current</Badge>
              )}
              <span className="text-xs text-slate-500">{formatDateTime(v.createdAt)}</span>
              {v.note && <span className="text-xs text-slate-600">— {v.note}</span>}
            </div>
            <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800">
              {v.definition}
            </pre>
          </li>
        ))}
      </ol>
      {theme.backfills.length > 0 && (
        <Table>
          <thead>
            <tr>
              <Th>Backfill</Th>
              <Th>Status</Th>
              <Th numeric>Progress</Th>
              <Th numeric>Matched</Th>
              <Th>Started</Th>
            </tr>
          </thead>
          <tbody>
            {theme.backfills.map((b) => (
              <tr key={b.id}>
                <Td>v{b.themeVersion.version}</Td>
                <Td>
                  {b.status}
                  {b.error && <span className="block text-xs text-red-700">{b.error}</span>}
                </Td>
                <Td numeric>
                  {formatCount(b.done)} / {formatCount(b.total)}
                </Td>
                <Td numeric>{formatCount(b.matched)}</Td>
                <Td className="text-xs text-slate-500">{formatDateTime(b.createdAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
