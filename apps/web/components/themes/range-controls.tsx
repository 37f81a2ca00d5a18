// The time-range form of a chart view: unit, time zone, dates and source. A plain GET form, so
// the view state lands in the URL (shareable) and Enter applies it, with or without script.
import { COUNT_UNITS, type CountUnit } from "@tidemark/themes/series";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import type { SourceOption } from "@/lib/articles/list-sources";
import { sourceLabel } from "@/lib/articles/list-sources";
import { type RawParams, withParams } from "@/lib/search-params/schemas";
import type { ResolvedRange } from "@/lib/themes/range-query";

const TIME_ZONES = Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC");

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
      <form method="get" className="flex flex-wrap items-end gap-3">
        {range.collectionIds?.map((id) => (
          <input key={`collection-${id}`} type="hidden" name="collection" value={id} />
        ))}
        {Object.entries(keep).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => (
            <input key={`${key}=${v}`} type="hidden" name={key} value={v} />
          )),
        )}
        <label
          htmlFor={`${idPrefix}-unit`}
          className="flex flex-col gap-1 text-xs font-medium text-slate-600"
        >
          Unit
          <Select name="unit" defaultValue={range.unit} className="w-28" id={`${idPrefix}-unit`}>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </Select>
        </label>
        <label
          htmlFor={`${idPrefix}-from`}
          className="flex flex-col gap-1 text-xs font-medium text-slate-600"
        >
          From
          <Input type="date" name="from" defaultValue={range.from} className="w-40" id={`${idPrefix}-from`} />
        </label>
        <label htmlFor={`${idPrefix}-to`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          To
          <Input type="date" name="to" defaultValue={range.to} className="w-40" id={`${idPrefix}-to`} />
        </label>
        <label htmlFor={`${idPrefix}-tz`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Time zone
          <Select name="tz" defaultValue={range.timezone} className="w-48" id={`${idPrefix}-tz`}>
            {range.timezone !== "UTC" && !TIME_ZONES.includes(range.timezone) && (
              <option value={range.timezone}>{range.timezone}</option>
            )}
            <option value="UTC">UTC</option>
            {TIME_ZONES.map((tz) => (
              <option key={tz} value={tz}>
                {tz}
              </option>
            ))}
          </Select>
        </label>
        <label
          htmlFor={`${idPrefix}-source`}
          className="flex flex-col gap-1 text-xs font-medium text-slate-600"
        >
          Source
          <Select name="source" defaultValue={source} className="w-48" id={`${idPrefix}-source`}>
            <option value="">All sources</option>
            {source && !sources.some((s) => s.id === source) && (
              <option value={source}>Selected source</option>
            )}
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {sourceLabel(s)} ({s.articles.toLocaleString("en-US")})
              </option>
            ))}
          </Select>
        </label>
        {metric && <input type="hidden" name="metric" value={metric} />}
        {range.count !== "articles" && <input type="hidden" name="count" value={range.count} />}
        <button type="submit" className={buttonClasses("primary", "md")}>
          Apply
        </button>
      </form>
    </div>
  );
}
