// The time-range controls of a chart view: the count/share and articles/families/stories switches
// (links) and the range form (range-form.tsx: quick ranges, unit, dates, zone, source — applied at
// once, kept in the URL).
import { COUNT_UNITS, type CountUnit } from "@tidemark/themes/series";
import Link from "next/link";
import { cn, focusRing } from "@/components/ui/cn";
import type { SourceOption } from "@/lib/articles/list-sources";
import { sourceLabel } from "@/lib/articles/list-sources";
import { type RawParams, withParams } from "@/lib/search-params/schemas";
import type { ResolvedRange } from "@/lib/themes/range-query";
import { RangeForm } from "./range-form";

const COUNT_LABELS: Record<CountUnit, string> = {
  articles: "Articles",
  families: "Text families",
  stories: "Stories",
};

/** Articles, text families or stories: what every count and share on the page counts. */
function CountToggle({ count, current }: { count: CountUnit; current: RawParams }) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-slate-600">Count</legend>
      <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
        {COUNT_UNITS.map((c) => (
          <Link
            key={c}
            href={withParams(current, { count: c === "articles" ? undefined : c })}
            aria-current={count === c ? "true" : undefined}
            scroll={false}
            title={
              c === "families"
                ? "Copies of one text on several sites count once"
                : c === "stories"
                  ? "Articles of several outlets about one event count once"
                  : "Every article counts"
            }
            className={cn(
              "rounded px-3 py-1 text-sm",
              focusRing,
              count === c ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {COUNT_LABELS[c]}
          </Link>
        ))}
      </div>
    </fieldset>
  );
}

interface RangeControlsProps {
  range: ResolvedRange;
  sources: SourceOption[];
  /** Other view state to keep when the form is submitted (e.g. the themes being compared). */
  keep?: RawParams;
  /** When set, a count/share switch is shown. */
  metric?: "share" | "count";
  /** The current URL params, for the metric links. */
  current?: RawParams;
  idPrefix?: string;
}

export function RangeControls({
  range,
  sources,
  keep = {},
  metric,
  current = {},
  idPrefix = "rc",
}: RangeControlsProps) {
  const source = (range.collectionIds ? range.givenSourceIds : range.sourceIds)?.[0] ?? "";
  return (
    <div className="flex flex-wrap items-end gap-3">
      {metric && (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-xs font-medium text-slate-600">Show</legend>
          <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
            {(["share", "count"] as const).map((m) => (
              <Link
                key={m}
                href={withParams(current, { metric: m })}
                aria-current={metric === m ? "true" : undefined}
                scroll={false}
                className={cn(
                  "rounded px-3 py-1 text-sm",
                  focusRing,
                  metric === m ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {m === "share" ? "Share of coverage" : "Article count"}
              </Link>
            ))}
          </div>
        </fieldset>
      )}
      <CountToggle count={range.count} current={current} />
      <RangeForm
        unit={range.unit}
        from={range.from}
        to={range.to}
        timezone={range.timezone}
        source={source}
        {...(range.quick ? { quick: range.quick } : {})}
        sources={sources.map((s) => ({
          id: s.id,
          label: `${sourceLabel(s)} (${s.articles.toLocaleString("en-US")})`,
        }))}
        hidden={[
          ...Object.entries(keep).flatMap(([name, value]) =>
            (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => ({
              name,
              value: v,
            })),
          ),
          ...(range.collectionIds ?? []).map((id) => ({ name: "collection", value: id })),
          ...(metric ? [{ name: "metric", value: metric }] : []),
          ...(range.count !== "articles" ? [{ name: "count", value: range.count }] : []),
        ]}
        idPrefix={idPrefix}
      />
    </div>
  );
}
