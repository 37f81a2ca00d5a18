// Extraction returns ISO strings: a full timestamp, or a bare day when the page gives no time.
// A bare day is stored at 12:00 UTC so that it falls on the same calendar day in every time zone
// from UTC-12 to UTC+11; bucketing a day at midnight UTC would move it to the previous day for
// every American reader.
const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toStoredDate(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(BARE_DAY.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
