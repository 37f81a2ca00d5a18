// Colours for themes shown together. Themes keep their own colour unless an earlier theme in the
// same view already has (nearly) the same one — the default pack gives every person the same
// purple — in which case a distinct colour from a categorical palette is used for that view.
import type { CoverageSeries } from "@tidemark/themes/series";

const PALETTE = [
  "#2563eb",
  "#dc2626",
  "#16a34a",
  "#9333ea",
  "#ea580c",
  "#0891b2",
  "#ca8a04",
  "#db2777",
  "#4f46e5",
  "#65a30d",
  "#0d9488",
  "#b91c1c",
  "#7c3aed",
  "#c2410c",
  "#0369a1",
  "#15803d",
];

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function close(a: string, b: string): boolean {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  return Math.hypot(r1 - r2, g1 - g2, b1 - b2) < 40;
}

export function distinctColors(themes: readonly { id: string; color: string }[]): Map<string, string> {
  const used: string[] = [];
  const out = new Map<string, string>();
  for (const theme of themes) {
    const own = /^#[0-9a-f]{6}$/i.test(theme.color) ? theme.color : "#64748b";
    const color = used.some((u) => close(u, own))
      ? (PALETTE.find((p) => !used.some((u) => close(u, p))) ?? own)
      : own;
    used.push(color);
    out.set(theme.id, color);
  }
  return out;
}

/**
 * The series of the themes given colours, in the colours' order, each drawn in its colour: what
 * a view shows when it picked a few themes out of a series of many.
 */
export function seriesInColors(series: CoverageSeries, colors: ReadonlyMap<string, string>): CoverageSeries {
  const byId = new Map(series.themes.map((t) => [t.themeId, t]));
  return {
    ...series,
    themes: [...colors].flatMap(([id, color]) => {
      const theme = byId.get(id);
      return theme ? [{ ...theme, color }] : [];
    }),
  };
}
