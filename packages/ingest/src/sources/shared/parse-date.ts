// Feed and sitemap dates arrive as RFC 822 (RSS), W3C/ISO 8601 (Atom, JSON Feed, sitemaps) or
// something broken. We parse the two real formats ourselves instead of using `Date.parse`, whose
// non-ISO behaviour is engine-defined and far too lenient (`new Date("1")` is 2001 in V8): a bad
// date must become null, not a confident wrong date that moves an article between days.

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

// RFC 822 named zones plus the handful of others seen in real feeds, as minutes east of UTC.
// An unknown name falls back to UTC: the day is still right in most cases.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

// Years outside this window are CMS placeholders ("0001-01-01", "9999-12-31"), not news.
// 1800 keeps newspaper archives (some sitemaps list 19th-century issues).
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const RFC822 =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-]+(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:([A-Za-z]{1,5})|([+-]\d{2}:?\d{2}))?$/;

/** A feed/sitemap date as an ISO 8601 UTC string, or null when it is missing or not a real date. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = raw.trim();
  if (text === "") return null;
  return parseIso(text) ?? parseRfc822(text);
}

function parseIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  // No zone given: UTC is the only choice that does not depend on where the worker runs.
  const offset = zone ? numericOffset(zone) : 0;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  return build(num(y), num(mo, 1) - 1, num(d, 1), num(h), num(mi), num(s), ms, offset);
}

function parseRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const [, d, monthName, y, h, mi, s, zoneName, zoneNumeric] = m;
  const month = MONTHS[(monthName ?? "").slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  let year = num(y);
  // RFC 822 allowed two-digit years; RFC 1123 made them four. Pivot like most feed readers.
  if (y?.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneNumeric ? numericOffset(zoneNumeric) : (ZONES[(zoneName ?? "").toLowerCase()] ?? 0);
  return build(year, month, num(d), num(h), num(mi), num(s), 0, offset);
}

function numericOffset(zone: string): number {
  if (zone === "Z" || zone === "z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offsetMinutes: number,
): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  // 24:00 is not accepted; 60 seconds (leap second) is clamped rather than rolled over.
  if (hour > 23 || minute > 59 || second > 60) return null;
  // Date.UTC would roll 31 February into March; reject instead of guessing.
  if (day > daysInMonth(year, month)) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms);
  return new Date(utc - offsetMinutes * 60_000).toISOString();
}

function daysInMonth(year: number, month: number): number {
  if (month === 1) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

function num(value: string | undefined, fallback = 0): number {
  return value === undefined ? fallback : Number(value);
}
