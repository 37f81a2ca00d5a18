// The themes list's kind tabs (themes, organisations, people, places) and name search. Links and
// a GET form, so every view is a URL; the range and sort of the page are kept.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { type RawParams, withParams } from "@/lib/search-params/schemas";

export const THEME_KIND_TABS = [
  { kind: undefined, label: "All" },
  { kind: "theme", label: "Themes" },
  { kind: "organisation", label: "Organisations" },
  { kind: "person", label: "People" },
  { kind: "place", label: "Places" },
] as const;

export function ThemeListFilters({ raw, kind, q }: { raw: RawParams; kind?: string; q?: string }) {
  const kept = Object.entries(raw).filter(([key]) => key !== "q" && key !== "kind");
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
      <nav aria-label="Kind" className="flex flex-wrap gap-1 text-sm">
        {THEME_KIND_TABS.map((tab) => {
          const current = (tab.kind ?? undefined) === kind;
          return (
            <Link
              key={tab.label}
              href={`/themes${withParams(raw, { kind: tab.kind })}`}
              aria-current={current ? "page" : undefined}
              className={
                current
                  ? "rounded-md bg-slate-900 px-2.5 py-1 font-medium text-white"
                  : "rounded-md px-2.5 py-1 text-slate-700 hover:bg-slate-100"
              }
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
      <form method="get" aria-label="Search themes" className="flex gap-2">
        {kept.flatMap(([key, value]) =>
          (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => (
            <input key={`${key}=${v}`} type="hidden" name={key} value={v} />
          )),
        )}
        {kind && <input type="hidden" name="kind" value={kind} />}
        <label htmlFor="theme-search" className="sr-only">
          Search themes by name
        </label>
        <Input
          id="theme-search"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder="Search by name"
          className="w-56"
        />
        <button type="submit" className={buttonClasses("secondary")}>
          Search
        </button>
      </form>
    </div>
  );
}
