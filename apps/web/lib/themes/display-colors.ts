// Colours for series shown together. A theme keeps its own colour unless an earlier series in the
// same view already has (nearly) the same one — the default pack gives every person the same
// purple — in which case it takes a colour from the 24-colour chart palette, starting at a place
// fixed by its id (so a theme gets the same replacement colour in every view where that place is
// free) and taking the next free one otherwise.
import type { CoverageSeries } from "@tidemark/themes/series";
import { CHART_PALETTE, deltaE, paletteStart } from "./chart-palette";

/** Closer than this (CIELAB ΔE) and two lines are hard to tell apart. */
const TOO_CLOSE = 20;

const close = (a: string, b: string) => deltaE(a, b) < TOO_CLOSE;

export function distinctColors(
  series: readonly { id: string; color?: string | null }[],
): Map<string, string> {
  const used: string[] = [];
  const out = new Map<string, string>();
  for (const s of series) {
    const own = s.color && /^#[0-9a-f]{6}$/i.test(s.color) ? s.color : null;
    let color = own && !used.some((u) => close(u, own)) ? own : null;
    if (!color) {
      const start = paletteStart(s.id);
      for (let k = 0; k < CHART_PALETTE.length && !color; k++) {
        const p = CHART_PALETTE[(start + k) % CHART_PALETTE.length] ?? "#64748b";
        if (!used.some((u) => close(u, p))) color = p;
      }
      // More series than the palette holds: reuse the id's own palette colour.
      color ??= CHART_PALETTE[start] ?? "#64748b";
    }
    used.push(color);
    out.set(s.id, color);
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
