// Choosing the themes to compare: checkboxes in a GET form, so the choice is part of the URL.
import { buttonClasses } from "@/components/ui/button";
import type { RawParams } from "@/lib/search-params/schemas";

interface ThemePickerProps {
  themes: { id: string; name: string; color: string }[];
  selected: string[];
  keep: RawParams;
}

export function ThemePicker({ themes, selected, keep }: ThemePickerProps) {
  return (
    <details className="rounded-md border border-slate-200 bg-white" open={selected.length === 0}>
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">
        Themes: {selected.length} selected (up to 24) — change
      </summary>
      <form method="get" className="border-t border-slate-100 p-3">
        {Object.entries(keep).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => (
            <input key={`${key}=${v}`} type="hidden" name={key} value={v} />
          )),
        )}
        <fieldset>
          <legend className="sr-only">Themes to compare</legend>
          <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
            {themes.map((t) => (
              <label key={t.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="theme"
                  value={t.id}
                  defaultChecked={selected.includes(t.id)}
                  className="size-4"
                />
                <span
                  aria-hidden="true"
                  className="size-2.5 rounded-full"
                  style={{ backgroundColor: t.color }}
                />
                {t.name}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className={`${buttonClasses("primary", "sm")} mt-3`}>
          Compare these
        </button>
      </form>
    </details>
  );
}
