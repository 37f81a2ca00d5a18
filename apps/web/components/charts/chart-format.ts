// Axis and tooltip text for coverage charts.
import { formatCount, formatShare } from "@/lib/format/numbers";

const shortDay = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "2-digit",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function axisLabel(bucket: string, unit: "day" | "week" | "month"): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  return unit === "month" ? monthYear.format(date) : shortDay.format(date);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function shareAxis(value: number): string {
  const pct = value * 100;
  return `${pct < 1 && pct > 0 ? pct.toFixed(1) : pct.toFixed(0)}%`;
}

/**
 * One line of a chart tooltip with the count behind the point: "12% — 3 of 25 articles" (share)
 * or "3 articles — 12% of 25" (count), flagged where the denominator is a small sample.
 */
export function tooltipLine(
  color: string,
  name: string,
  count: number,
  total: number,
  share: number | null,
  metric: "share" | "count",
  options: { small?: boolean; noun?: string } = {},
): string {
  const noun = options.noun ?? "articles";
  const value =
    metric === "share"
      ? `<b>${formatShare(share)}</b> <span style="color:#475569">— ${formatCount(count)} of ${formatCount(total)} ${noun}</span>`
      : `<b>${formatCount(count)} ${noun}</b> <span style="color:#475569">— ${formatShare(share)} of ${formatCount(total)}</span>`;
  const small = options.small
    ? ` <span style="color:#92400e;font-size:11px" title="Fewer than 10 articles in this bucket">small sample</span>`
    : "";
  return `<div style="display:flex;gap:6px;align-items:center" data-tooltip-line><span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:${color}"></span><span style="flex:1">${escapeHtml(name)}</span>${value}${small}</div>`;
}
