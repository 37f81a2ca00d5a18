// Themes whose share rose in the last four buckets against the eight before.
import Link from "next/link";
import { ExportMenu } from "@/components/export/export-menu";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount, formatRatio, formatShare } from "@/lib/format/numbers";
import type { RisingTheme } from "@/lib/overview/rising-themes";

export function RisingList({
  themes,
  falling = [],
  unit,
  query,
}: {
  themes: RisingTheme[];
  falling?: RisingTheme[];
  unit: string;
  query: string;
}) {
  return (
    <Card>
      <CardHeader
        title="Rising and falling"
        description={`Share in the last 4 ${unit}s with data vs the 8 before`}
        actions={<ExportMenu dataset="rising" query={query} />}
      />
      <h3 className="px-4 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-600">Rising</h3>
      {themes.length === 0 ? (
        <div className="p-4">
          <EmptyState title="Nothing is rising clearly" />
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {themes.slice(0, 6).map((t) => (
            <li key={t.themeId} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
              <span className="flex min-w-0 items-center gap-2">
                <span
                  aria-hidden="true"
                  className="size-2.5 shrink-0 rounded-full"
                  style={{ backgroundColor: t.color }}
                />
                <Link href={`/themes/${t.themeId}?${query}`} className="truncate font-medium hover:underline">
                  {t.name}
                </Link>
              </span>
              <span className="whitespace-nowrap text-right tabular-nums">
                <b className="text-emerald-700">{t.ratio === null ? "new" : `↑ ${formatRatio(t.ratio)}`}</b>{" "}
                <span className="text-xs text-slate-500">
                  {formatShare(t.previousShare)} → {formatShare(t.recentShare)} ({formatCount(t.recentHits)})
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {falling.length > 0 && (
        <>
          <h3 className="px-4 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-600">Falling</h3>
          <ul className="divide-y divide-slate-100">
            {falling.slice(0, 4).map((t) => (
              <li key={t.themeId} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
                <span className="flex min-w-0 items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="size-2.5 shrink-0 rounded-full"
                    style={{ backgroundColor: t.color }}
                  />
                  <Link
                    href={`/themes/${t.themeId}?${query}`}
                    className="truncate font-medium hover:underline"
                  >
                    {t.name}
                  </Link>
                </span>
                <span className="whitespace-nowrap text-right tabular-nums">
                  <b className="text-slate-700">↓ {formatRatio(t.ratio)}</b>{" "}
                  <span className="text-xs text-slate-600">
                    {formatShare(t.previousShare)} → {formatShare(t.recentShare)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
