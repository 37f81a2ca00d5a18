// Several themes in the article filter: checkboxes in a disclosure (part of the GET form, so it
// works without scripts), and whether an article must match all of them or any.
import { controlClasses } from "@/components/ui/field";

interface Props {
  themes: { id: string; name: string }[];
  selected: readonly string[];
  match: "all" | "any";
}

export function ThemeMultiSelect({ themes, selected, match }: Props) {
  const chosen = themes.filter((t) => selected.includes(t.id));
  const summary =
    chosen.length === 0
      ? "Any theme"
      : chosen.length === 1
        ? chosen[0]?.name
        : `${chosen.length} themes (${match === "any" ? "any" : "all"})`;
  return (
    <div className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      <span id="f-theme-label">Themes</span>
      <details className="relative">
        <summary
          // The visible choice is part of the name (WCAG 2.5.3, label in name).
          aria-labelledby="f-theme-label f-theme-summary"
          className={`${controlClasses} flex h-9 w-52 cursor-pointer list-none items-center justify-between font-normal`}
        >
          <span id="f-theme-summary" className="truncate">
            {summary}
          </span>
          <span aria-hidden="true">▾</span>
        </summary>
        <fieldset className="absolute z-20 mt-1 max-h-80 w-72 overflow-y-auto rounded-md border border-slate-200 bg-white p-3 shadow-lg">
          <legend className="sr-only">Themes to filter by</legend>
          <div className="mb-2 flex gap-3 border-b border-slate-100 pb-2 font-normal text-slate-700">
            <label className="flex items-center gap-1">
              <input type="radio" name="themeMatch" value="all" defaultChecked={match !== "any"} /> all of
              them
            </label>
            <label className="flex items-center gap-1">
              <input type="radio" name="themeMatch" value="any" defaultChecked={match === "any"} /> any of
              them
            </label>
          </div>
          {themes.map((t) => (
            <label key={t.id} className="flex items-center gap-2 py-0.5 font-normal text-slate-800">
              <input type="checkbox" name="theme" value={t.id} defaultChecked={selected.includes(t.id)} />
              {t.name}
            </label>
          ))}
          {themes.length === 0 && <p className="font-normal text-slate-500">No themes yet.</p>}
        </fieldset>
      </details>
    </div>
  );
}
