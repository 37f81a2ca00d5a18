// Which themes Compare shows: the requested ones that exist, in the order asked for; with none,
// the five with the largest share in the range.
import type { ThemeSummary } from "@/lib/themes/theme-summaries";

export const DEFAULT_COMPARED = 5;

export function pickThemes(
  themes: readonly Pick<ThemeSummary, "id" | "share">[],
  requested: readonly string[],
) {
  const known = new Set(themes.map((t) => t.id));
  const chosen = [...new Set(requested)].filter((id) => known.has(id));
  if (chosen.length > 0) return chosen;
  return [...themes]
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
    .slice(0, DEFAULT_COMPARED)
    .map((t) => t.id);
}
