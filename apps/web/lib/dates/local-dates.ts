// Calendar arithmetic on local dates ("YYYY-MM-DD"). A local date has no zone of its own, so the
// arithmetic is done on UTC midnights. Safe to import from client components.
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The later of two local dates (ISO dates compare as strings). */
export function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

/** The earlier of two local dates. */
export function earlierDay(a: string, b: string): string {
  return a.localeCompare(b) <= 0 ? a : b;
}
