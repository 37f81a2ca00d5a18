// A story's label: its most shared keys (entities by their theme's name), a term dropped when a
// longer chosen phrase already contains it.
/** How many of a story's keys it keeps (most shared first) and labels from. */
export const LABEL_KEYS = 12;

export interface LabelKey {
  key: string;
  /** How many of the story's articles carry the key. */
  articles: number;
  weight: number;
}

export function storyLabel(
  keys: readonly LabelKey[],
  entityNames: ReadonlyMap<string, string>,
  size = 4,
): string {
  const ranked = [...keys].sort(
    (a, b) => b.articles - a.articles || b.weight - a.weight || (a.key < b.key ? -1 : 1),
  );
  const chosen: string[] = [];
  for (const k of ranked) {
    const text = k.key.startsWith("e:")
      ? (entityNames.get(k.key.slice(2)) ?? k.key.slice(2))
      : k.key.slice(2);
    const lower = text.toLowerCase();
    if (chosen.some((c) => c.toLowerCase().split(" ").includes(lower) || c.toLowerCase() === lower)) continue;
    // A phrase replaces the single words it contains.
    for (let i = chosen.length - 1; i >= 0; i -= 1) {
      if (lower.split(" ").includes((chosen[i] as string).toLowerCase())) chosen.splice(i, 1);
    }
    chosen.push(text);
    if (chosen.length >= size) break;
  }
  return chosen.join(" · ");
}
