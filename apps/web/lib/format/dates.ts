// Dates as analysts read them. Server and client render the same strings (fixed locale, UTC
// unless a zone is given), so hydration never disagrees.
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDay(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date =
    typeof value === "string" ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return Number.isNaN(date.getTime()) ? "—" : dayFormat.format(date);
}

export function formatDateTime(value: Date | string | null | undefined, timeZone = "UTC"): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "—";
  const text = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
  return timeZone === "UTC" ? `${text} UTC` : text;
}

/** "3 min ago", "5 h ago", "2 d ago" — relative to `now`, for activity columns. */
export function formatAgo(value: Date | string | null | undefined, now: Date = new Date()): string {
  if (!value) return "never";
  const date = typeof value === "string" ? new Date(value) : value;
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

/** A bucket label for a series unit: "12 Mar 2024", "week of 11 Mar 2024", "Mar 2024". */
export function formatBucket(bucket: string, unit: "day" | "week" | "month"): string {
  if (unit === "month") {
    const date = new Date(`${bucket}T00:00:00Z`);
    return new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(
      date,
    );
  }
  return unit === "week" ? `week of ${formatDay(bucket)}` : formatDay(bucket);
}
