// Filters of the Voices page: a GET form, so every view is a URL and Enter applies.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { type SourceOption, sourceLabel } from "@/lib/articles/list-sources";
import type { VoicesQuery } from "@/lib/voices/voices-params";

const labelClass = "flex flex-col gap-1 text-xs font-medium text-slate-600";

export const KIND_LABELS = { person: "Person", organisation: "Organisation", unnamed: "Unnamed" } as const;

export function VoicesFilters({
  query,
  themes,
  sources,
}: {
  query: VoicesQuery;
  themes: { id: string; name: string }[];
  sources: SourceOption[];
}) {
  return (
    <form method="get" aria-label="Filter voices" className="flex flex-wrap items-end gap-3">
      <label htmlFor="v-theme" className={labelClass}>
        Theme
        <Select name="theme" id="v-theme" defaultValue={query.theme ?? ""} className="w-48">
          <option value="">All articles</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </label>
      <label htmlFor="v-source" className={labelClass}>
        Outlet
        <Select name="source" id="v-source" defaultValue={query.source ?? ""} className="w-44">
          <option value="">Any outlet</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {sourceLabel(s)}
            </option>
          ))}
        </Select>
      </label>
      <label htmlFor="v-from" className={labelClass}>
        From
        <Input type="date" name="from" id="v-from" defaultValue={query.from ?? ""} className="w-40" />
      </label>
      <label htmlFor="v-to" className={labelClass}>
        To
        <Input type="date" name="to" id="v-to" defaultValue={query.to ?? ""} className="w-40" />
      </label>
      <label htmlFor="v-kind" className={labelClass}>
        Speaker
        <Select name="kind" id="v-kind" defaultValue={query.kind ?? ""} className="w-40">
          <option value="">Any kind</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </label>
      <label htmlFor="v-unit" className={labelClass}>
        Over time by
        <Select name="unit" id="v-unit" defaultValue={query.unit} className="w-28">
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </Select>
      </label>
      <button type="submit" className={buttonClasses("primary")}>
        Apply
      </button>
      <Link href="/voices" className={buttonClasses("secondary")}>
        Clear
      </Link>
    </form>
  );
}
