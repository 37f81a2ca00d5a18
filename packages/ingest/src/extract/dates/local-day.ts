// The publisher's day of a UTC timestamp. "2020-08-25T00:23:33Z" on a Canadian page was published
// on the evening of 24 August for every reader of that page; the UTC day is an artefact of how the
// CMS stores instants. The page says where it lives, in order of precision:
// 1. its own timestamps: the offset most other date-times on the page carry (`…T09:15:00-04:00`,
//    `Fri, 01 May 2020 23:00:00 -0400`);
// 2. an IANA zone name in its data (`"America/New_York"`), when it names exactly one;
// 3. its country (the country-code domain, else the region of its declared language, `fr-CA`),
//    but only when every time zone of that country agrees on the day.
// Cases 1 and 2 re-express the timestamp in that offset (same instant); case 3 gives the bare day,
// because the country fixes the day but not the offset.
import { type DateParts, makeDay } from "./parts.ts";

/** UTC offset range in minutes (standard and summer time) of a country's main territory. */
const COUNTRY_OFFSETS: Readonly<Record<string, readonly [number, number]>> = {
  US: [-600, -240],
  CA: [-480, -150],
  MX: [-480, -300],
  BR: [-300, -120],
  AR: [-180, -180],
  CL: [-240, -180],
  CO: [-300, -300],
  PE: [-300, -300],
  VE: [-240, -240],
  GB: [0, 60],
  UK: [0, 60],
  IE: [0, 60],
  PT: [-60, 60],
  ES: [0, 120],
  FR: [60, 120],
  BE: [60, 120],
  NL: [60, 120],
  LU: [60, 120],
  DE: [60, 120],
  AT: [60, 120],
  CH: [60, 120],
  IT: [60, 120],
  DK: [60, 120],
  SE: [60, 120],
  NO: [60, 120],
  PL: [60, 120],
  CZ: [60, 120],
  SK: [60, 120],
  HU: [60, 120],
  SI: [60, 120],
  HR: [60, 120],
  FI: [120, 180],
  EE: [120, 180],
  LV: [120, 180],
  LT: [120, 180],
  RO: [120, 180],
  BG: [120, 180],
  GR: [120, 180],
  UA: [120, 180],
  TR: [180, 180],
  IL: [120, 180],
  ZA: [120, 120],
  KE: [180, 180],
  NG: [60, 60],
  IN: [330, 330],
  PK: [300, 300],
  CN: [480, 480],
  HK: [480, 480],
  TW: [480, 480],
  SG: [480, 480],
  PH: [480, 480],
  JP: [540, 540],
  KR: [540, 540],
  AU: [480, 660],
  NZ: [720, 780],
};

/** Country-code domains widely used by sites anywhere (`.co`, `.io`, `.tv`, …): not a location. */
const GENERIC_CCTLDS = new Set(["co", "io", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws", "la", "am"]);

export interface PageZoneInput {
  readonly html: string;
  readonly url: string | undefined;
  /** Region subtag of the declared language ("CA" in fr-CA). */
  readonly region: string | null;
}

const MINUTE_MS = 60_000;

/**
 * The timestamp as the publisher's local day when that day differs from the UTC day, else null.
 * Only called for a date-time whose offset is zero.
 */
export function publisherLocalDay(parts: DateParts, page: PageZoneInput): DateParts | null {
  const time = parts.time;
  if (time === undefined || parts.offsetMinutes !== 0) return null;
  // Exactly midnight UTC is a bare day stored as a timestamp, not a moment.
  if (time.hour === 0 && time.minute === 0 && time.second === 0) return null;
  const instant = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    time.hour,
    time.minute,
    Math.min(time.second, 59),
  );
  const exact = offsetOfPageTimestamps(page.html) ?? offsetOfZoneName(page.html, instant);
  if (exact !== null) {
    if (exact === 0) return null;
    const local = new Date(instant + exact * MINUTE_MS);
    if (local.getUTCDate() === parts.day) return null;
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      time: { hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() },
      offsetMinutes: exact,
    };
  }
  const range = countryOffsets(page);
  if (range === null) return null;
  const [first, last] = range.map((offset) => new Date(instant + offset * MINUTE_MS));
  if (first === undefined || last === undefined || first.getUTCDate() !== last.getUTCDate()) return null;
  if (first.getUTCDate() === parts.day) return null;
  return makeDay(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate());
}

/** ISO 8601 and RFC 2822 date-times with a numeric offset, anywhere in the page's source. */
const TIMESTAMP_OFFSET =
  /(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?|\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} )([+-])(\d{2}):?(\d{2})\b/g;

/**
 * The offset carried by most of the page's timestamps (at least two thirds of them; +00:00 counts:
 * a page printing its times in UTC lives in UTC), or null when it has none or mixes zones.
 */
function offsetOfPageTimestamps(html: string): number | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const match of html.matchAll(TIMESTAMP_OFFSET)) {
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    if (minutes > 14 * 60) continue;
    const offset = match[1] === "-" ? -minutes : minutes;
    counts.set(offset, (counts.get(offset) ?? 0) + 1);
    total++;
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [offset, count] of counts) {
    if (count > bestCount) {
      best = offset;
      bestCount = count;
    }
  }
  return best !== null && bestCount * 3 >= total * 2 ? best : null;
}

const ZONE_NAME =
  /["'](?:America|Europe|Asia|Australia|Africa|Pacific|Atlantic)\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?["']/g;
let knownZones: ReadonlySet<string> | null = null;

/** The offset at `instant` of the one IANA zone the page names (zone pickers name many: ignored). */
function offsetOfZoneName(html: string, instant: number): number | null {
  const names = new Set<string>();
  for (const match of html.matchAll(ZONE_NAME)) {
    names.add(match[0].slice(1, -1));
    if (names.size > 1) return null;
  }
  const [name] = names;
  if (name === undefined) return null;
  knownZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  if (!knownZones.has(name)) return null;
  const label = new Intl.DateTimeFormat("en-US", { timeZone: name, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = label === undefined ? null : /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(label);
  if (match === null) return null;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** The country-code domain first (`.ca`, `.com.au`), else the region of the declared language. */
function countryOffsets(page: PageZoneInput): readonly [number, number] | null {
  const tld = page.url === undefined ? undefined : new URL(page.url).hostname.split(".").pop()?.toLowerCase();
  if (tld !== undefined && tld.length === 2 && !GENERIC_CCTLDS.has(tld))
    return COUNTRY_OFFSETS[tld.toUpperCase()] ?? null;
  return page.region === null ? null : (COUNTRY_OFFSETS[page.region] ?? null);
}
