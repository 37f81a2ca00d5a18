// The time zones a picker offers, and the search over them. Computed where it is used (in the
// browser for the picker), so no page ships the ~420 names in its HTML.

/** UTC first, then every IANA zone the runtime knows. */
export function timeZoneNames(): string[] {
  const zones = Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC");
  return ["UTC", ...zones];
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_/-]+/g, " ")
    .trim();
}

/**
 * Zones matching a search, best first: a match at the start of the city ("par" → Europe/Paris)
 * before one at the start of the name, before one anywhere. Every word of the query must match.
 */
export function searchTimeZones(zones: readonly string[], query: string, limit = 50): string[] {
  const words = normalise(query).split(" ").filter(Boolean);
  if (words.length === 0) return zones.slice(0, limit);
  const scored: { zone: string; score: number }[] = [];
  for (const zone of zones) {
    const name = normalise(zone);
    if (!words.every((w) => name.includes(w))) continue;
    const city = normalise(zone.split("/").at(-1) ?? zone);
    const first = words[0] ?? "";
    const score = city.startsWith(first) ? 0 : name.startsWith(first) ? 1 : 2;
    scored.push({ zone, score });
  }
  scored.sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone));
  return scored.slice(0, limit).map((s) => s.zone);
}
