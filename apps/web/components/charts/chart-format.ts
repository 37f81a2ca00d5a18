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

export function tooltipLine(
  color: string,
  name: string,
  count: number,
  total: number,
  share: number | null,
  metric: "share" | "count",
): string {
  const value =
    metric === "share"
      ? `<b>${formatShare(share)}</b> <span style="color:#64748b">(${formatCount(count)} of ${formatCount(total)})</span>`
      : `<b>${formatCount(count)}</b> <span style="color:#64748b">(${formatShare(share)})</span>`;
  return `<div style="display:flex;gap:6px;align-items:center"><span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:${color}"></span><span style="flex:1">${escapeHtml(name)}</span>${value}</div>`;
}
