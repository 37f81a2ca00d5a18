// The categorical palette of the charts: 24 colours that stay apart from each other. The first
// seven are Okabe & Ito's colour-blind-safe set (yellow left out: it vanishes on white); the rest
// were picked greedily from Tableau 20, D3's category sets and ColorBrewer's diverging ends, each
// time the candidate farthest (CIELAB ΔE) from every colour already chosen, skipping colours
// with less than 2.2:1 contrast against the white chart background. The smallest pairwise
// distance is checked by test/lib/chart-palette.test.ts. Free of server imports.
export const CHART_PALETTE = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#d55e00",
  "#cc79a7",
  "#56b4e9",
  "#000000",
  "#2d004b",
  "#8c6d31",
  "#b2182b",
  "#7f7f7f",
  "#4d9221",
  "#8e0152",
  "#843c39",
  "#01665e",
  "#9467bd",
  "#76b7b2",
  "#9c9ede",
  "#d6616b",
  "#bd9e39",
  "#7b4173",
  "#8ca252",
  "#393b79",
  "#7f3b08",
] as const;

/** FNV-1a of an id: where in the palette a series starts looking, the same in every view. */
export function paletteStart(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % CHART_PALETTE.length;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** CIELAB (D65) of an sRGB hex colour. */
export function toLab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2.3 is just noticeable; lines need far more. */
export function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
