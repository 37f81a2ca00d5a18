"use client";
// The range controls of a chart view. Every change applies at once and lands in the URL: quick
// rolling ranges (7 d … 1 y, All), the unit, the dates, the time zone and the source. All of it
// is reachable by keyboard (buttons, selects, date fields, the zone combobox). Without script it
// is still a GET form with an Apply button.
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import { useViewParams } from "@/lib/client/use-view-params";
import { QUICK_RANGE_LABELS, QUICK_RANGES, type QuickRange } from "@/lib/themes/quick-ranges";

export interface RangeFormProps {
  unit: "day" | "week" | "month";
  from: string;
  to: string;
  timezone: string;
  source: string;
  quick?: QuickRange;
  sources: { id: string; label: string }[];
  /** Other view state to keep when the form is submitted without script. */
  hidden: { name: string; value: string }[];
  idPrefix: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function RangeForm(props: RangeFormProps) {
  const { apply, pending } = useViewParams();
  const { idPrefix } = props;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-busy={pending}>
      {props.hidden.map(({ name, value }) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-xs font-medium text-slate-600">Range</legend>
        <div className="inline-flex flex-wrap rounded-md border border-slate-300 bg-white p-0.5">
          {QUICK_RANGES.map((q) => (
            <button
              key={q}
              type="button"
              aria-pressed={props.quick === q}
              onClick={() => apply({ range: q, from: undefined, to: undefined, unit: undefined })}
              className={cn(
                "rounded px-2.5 py-1 text-sm",
                focusRing,
                props.quick === q ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {QUICK_RANGE_LABELS[q]}
            </button>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${idPrefix}-unit`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Unit
        <Select
          name="unit"
          defaultValue={props.unit}
          key={props.unit}
          className="w-28"
          id={`${idPrefix}-unit`}
          onChange={(e) => apply({ unit: e.target.value })}
        >
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </Select>
      </label>
      <label htmlFor={`${idPrefix}-from`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        From
        <Input
          type="date"
          name="from"
          defaultValue={props.from}
          key={`from-${props.from}`}
          className="w-40"
          id={`${idPrefix}-from`}
          onChange={(e) => {
            if (DATE.test(e.target.value)) apply({ from: e.target.value, to: props.to, range: undefined });
          }}
        />
      </label>
      <label htmlFor={`${idPrefix}-to`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        To
        <Input
          type="date"
          name="to"
          defaultValue={props.to}
          key={`to-${props.to}`}
          className="w-40"
          id={`${idPrefix}-to`}
          onChange={(e) => {
            if (DATE.test(e.target.value)) apply({ from: props.from, to: e.target.value, range: undefined });
          }}
        />
      </label>
      <label htmlFor={`${idPrefix}-tz`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Time zone
        <TimeZonePicker
          name="tz"
          id={`${idPrefix}-tz`}
          value={props.timezone}
          className="w-48"
          onChange={(tz) => apply({ tz })}
        />
      </label>
      <label
        htmlFor={`${idPrefix}-source`}
        className="flex flex-col gap-1 text-xs font-medium text-slate-600"
      >
        Source
        <Select
          name="source"
          defaultValue={props.source}
          key={`source-${props.source}`}
          className="w-48"
          id={`${idPrefix}-source`}
          onChange={(e) => apply({ source: e.target.value || undefined })}
        >
          <option value="">All sources</option>
          {props.source && !props.sources.some((s) => s.id === props.source) && (
            <option value={props.source}>Selected source</option>
          )}
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </label>
      <noscript>
        <button type="submit" className={buttonClasses("primary", "md")}>
          Apply
        </button>
      </noscript>
      <output aria-live="polite" className="h-9 text-xs leading-9 text-slate-600">
        {pending ? "Updating…" : ""}
      </output>
    </form>
  );
}
