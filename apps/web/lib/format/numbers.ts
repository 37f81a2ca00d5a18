// Number formatting shared by pages, tables and chart tooltips. Always en-US grouping so an
// export, a screenshot and a tooltip read the same.
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1,000+" when a count was capped at `cap` (we stopped counting there on purpose). */
export function formatCappedCount(n: number, capped: boolean): string {
  return capped ? `${integer.format(n)}+` : integer.format(n);
}

/** A share in [0, 1] as a percentage with a precision that suits its size. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "—";
  const pct = share * 100;
  if (pct === 0) return "0%";
  if (pct < 0.1) return "<0.1%";
  // 99.96% must not read as "100%" when something did fail.
  if (pct >= 99.5 && pct < 100) return `${Math.min(99.9, Math.floor(pct * 10) / 10).toFixed(1)}%`;
  return `${pct < 10 ? pct.toFixed(1) : pct.toFixed(0)}%`;
}

/** A ratio such as lift or observed/expected: "2.4×". */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "new";
  return `${ratio < 10 ? ratio.toFixed(1) : ratio.toFixed(0)}×`;
}
