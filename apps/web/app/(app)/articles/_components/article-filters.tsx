// Search and filters of the article list: a GET form, so every view is a URL and Enter applies.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { type ArticleListParams, SORT_LABELS, STATUS_FILTERS } from "@/lib/articles/list-params";
import { type SourceOption, sourceLabel } from "@/lib/articles/list-sources";
import { STATUS_LABELS } from "@/lib/format/labels";
import { ThemeMultiSelect } from "./theme-multi-select";

interface ArticleFiltersProps {
  params: ArticleListParams;
  sources: SourceOption[];
  themes: { id: string; name: string }[];
  collections: { id: string; name: string }[];
}

const labelClass = "flex flex-col gap-1 text-xs font-medium text-slate-600";

export function ArticleFilters({ params, sources, themes, collections }: ArticleFiltersProps) {
  const collection = params.collection[0] ?? "";
  const status = params.status[0] ?? "";
  const source = params.source[0] ?? "";
  return (
    <form method="get" aria-label="Search and filter articles" className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Search titles and texts
        </label>
        <Input
          id="q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          placeholder='Search titles and texts: huawei ban, "data privacy", -phone'
          className="min-w-0 flex-1 basis-full sm:basis-auto"
        />
        <label htmlFor="f-sort" className="sr-only">
          Sort
        </label>
        <Select name="sort" id="f-sort" defaultValue={params.sort} className="w-44" title="Sort">
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor="f-status" className={labelClass}>
          Status
          <Select name="status" id="f-status" defaultValue={status} className="w-40">
            <option value="">Any status</option>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === "counted" ? "Counted in coverage" : STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </label>
        <label htmlFor="f-source" className={labelClass}>
          Source
          <Select name="source" id="f-source" defaultValue={source} className="w-44">
            <option value="">Any source</option>
            {source && !sources.some((s) => s.id === source) && (
              <option value={source}>Selected source</option>
            )}
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {sourceLabel(s)}
              </option>
            ))}
          </Select>
        </label>
        {collections.length > 0 && (
          <label htmlFor="f-collection" className={labelClass}>
            Collection
            <Select name="collection" id="f-collection" defaultValue={collection} className="w-44">
              <option value="">Any collection</option>
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </label>
        )}
        {params.collection.slice(1).map((id) => (
          <input key={id} type="hidden" name="collection" value={id} />
        ))}
        <ThemeMultiSelect themes={themes} selected={params.theme} match={params.themeMatch} />
        {params.schedule.map((id) => (
          <input key={id} type="hidden" name="schedule" value={id} />
        ))}
        <label htmlFor="f-lang" className={labelClass}>
          Language
          <Input name="lang" id="f-lang" defaultValue={params.lang ?? ""} placeholder="en" className="w-20" />
        </label>
        <label htmlFor="f-from" className={labelClass}>
          Published from
          <Input type="date" name="from" id="f-from" defaultValue={params.from ?? ""} className="w-36" />
        </label>
        <label htmlFor="f-to" className={labelClass}>
          to
          <Input type="date" name="to" id="f-to" defaultValue={params.to ?? ""} className="w-36" />
        </label>
        {params.tz !== "UTC" && <input type="hidden" name="tz" value={params.tz} />}
        <button type="submit" className={buttonClasses("secondary")}>
          Apply
        </button>
        <Link href="/articles" className="pb-2 text-sm text-blue-700 hover:underline">
          Reset
        </Link>
      </div>
    </form>
  );
}
