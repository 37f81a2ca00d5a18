// The headline numbers of a theme's view: hits, share, and the undated fallback kept apart.
import type { CoverageSeries, ThemeSeries } from "@tidemark/themes/series";
import Link from "next/link";
import { formatCount, formatShare } from "@/lib/format/numbers";
import { countedArticlesHref } from "@/lib/themes/counted-articles-href";
import type { ResolvedRange } from "@/lib/themes/range-query";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function ThemeStats({
  series,
  theme,
  range,
}: {
  series: CoverageSeries;
  theme: ThemeSeries;
  range: ResolvedRange;
}) {
  const hits = sum(theme.counts);
  const total = sum(series.totals);
  const undated = sum(theme.undatedCounts);
  const undatedTotal = sum(series.undatedTotals);
  return (
    <dl className="grid grid-cols-2 gap-4 border-b border-slate-100 px-4 py-3 text-sm md:grid-cols-4">
      <div>
        <dt className="text-xs text-slate-500">Articles matching</dt>
        <dd className="text-xl font-semibold tabular-nums" data-testid="stat-matching">
          <Link href={countedArticlesHref(theme.themeId, range)} className="text-blue-700 hover:underline">
            {formatCount(hits)}
          </Link>
        </dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">Share of coverage</dt>
        <dd className="text-xl font-semibold tabular-nums">{formatShare(total > 0 ? hits / total : null)}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">All dated articles</dt>
        <dd className="text-xl font-semibold tabular-nums">{formatCount(total)}</dd>
      </div>
      <div>
        <dt
          className="text-xs text-slate-500"
          title="Articles without a publication date, counted under their fetch date and never mixed into the series"
        >
          Undated fallback
        </dt>
        <dd className="text-xl font-semibold tabular-nums text-slate-600">
          {formatCount(undated)} <span className="text-sm font-normal">of {formatCount(undatedTotal)}</span>
        </dd>
      </div>
    </dl>
  );
}
