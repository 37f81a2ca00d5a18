// Publication and modification dates, with provenance. Structured sources come first and are
// trusted whatever their era (JSON-LD, <meta>, body markup such as <time datetime>, the URL path);
// a date written as text is read only when no structured publication date exists, and only from
// the article's header/byline region. Every candidate must be a real day between 1800 and the
// fetch time plus a day (see context.ts).
import type { DocumentOrder } from "../dom/order.ts";
import type { ExtractedDateSource } from "../types.ts";
import { type DateContext, isPlausible } from "./context.ts";
import { jsonLdDates, type RawDates } from "./jsonld.ts";
import { publisherLocalDay } from "./local-day.ts";
import { metaDates } from "./meta.ts";
import { parseDateValue } from "./parse.ts";
import { type DateParts, dayValue, formatIso } from "./parts.ts";
import { markupDates } from "./time-element.ts";
import { urlDate } from "./url-pattern.ts";
import { visibleTextDates } from "./visible-text.ts";

export interface FoundDates {
  readonly publishedAt: string | null;
  readonly publishedAtSource: ExtractedDateSource;
  readonly publishedAtIsModified: boolean;
  readonly modifiedAt: string | null;
  readonly modifiedAtSource: ExtractedDateSource;
}

interface Found {
  readonly parts: DateParts;
  readonly source: ExtractedDateSource;
}

export function findDates(context: DateContext, documentOrder: DocumentOrder): FoundDates {
  const sources: ReadonlyArray<readonly [ExtractedDateSource, () => RawDates]> = [
    ["jsonld", () => jsonLdDates(context.jsonLd)],
    ["meta", () => metaDates(context.meta)],
    ["time", () => markupDates(context, documentOrder)],
  ];
  const structured: Found[] = [];
  let modified: Found | null = null;
  for (const [source, read] of sources) {
    const raw = read();
    const first = firstPlausible(raw.published, source, context);
    if (first !== null) structured.push(first);
    modified ??= firstPlausible(raw.modified, source, context);
  }
  const fromUrl = urlDate(context.url);
  if (fromUrl !== null && isPlausible(fromUrl, context)) structured.push({ parts: fromUrl, source: "url" });

  // Visible text is read for three things: the publication date when nothing structured gives
  // one, a modification date likewise, and the time-zone correction below. When none of them
  // can apply, the header is not read at all.
  const firstParts = structured[0]?.parts;
  const utcTime = firstParts !== undefined && firstParts.offsetMinutes === 0 && firstParts.time !== undefined;
  const visible =
    structured.length === 0 || modified === null || utcTime ? visibleTextDates(context, documentOrder) : null;
  const text: Found | null =
    visible === null || visible.published === null ? null : { parts: visible.published, source: "text" };
  if (modified === null && visible !== null && visible.modified !== null)
    modified = { parts: visible.modified, source: "text" };

  let published = structured.length > 0 ? resolveStructured(structured, text, context) : text;
  let fromModified = false;
  if (published !== null && modified !== null && dayValue(modified.parts) < dayValue(published.parts)) {
    // A "modification" before the publication is a mislabelled date, not information.
    modified = null;
  }
  if (published === null && modified !== null) {
    published = modified;
    fromModified = true;
  }
  return {
    publishedAt: published === null ? null : formatIso(published.parts),
    publishedAtSource: published?.source ?? "none",
    publishedAtIsModified: fromModified,
    modifiedAt: modified === null ? null : formatIso(modified.parts),
    modifiedAtSource: modified?.source ?? "none",
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most trustworthy structured candidate, with two corrections learnt from how pages go wrong:
 * - outvoted: when two or more other structured sources agree on another day and none agrees
 *   with the first, the first is stale (a re-published JSON-LD, a template default);
 * - UTC shift: a UTC timestamp one day off the header's visible date is the same moment seen from
 *   the publisher's time zone; readers saw the visible day, so that is the day we report. Without
 *   a visible day, the page's own zone (its other timestamps, a zone name, its country) decides.
 */
function resolveStructured(
  candidates: readonly Found[],
  text: Found | null,
  context: DateContext,
): Found | null {
  const [first, ...others] = candidates;
  if (first === undefined) return null;
  const day = (found: Found): number => dayValue(found.parts);
  if (!others.some((other) => day(other) === day(first))) {
    const votes = new Map<number, number>();
    for (const other of others) votes.set(day(other), (votes.get(day(other)) ?? 0) + 1);
    const winner = others.find((other) => (votes.get(day(other)) ?? 0) >= 2);
    if (winner !== undefined) return winner;
  }
  const hour = first.parts.offsetMinutes === 0 ? first.parts.time?.hour : undefined;
  if (text !== null && hour !== undefined) {
    // Zones run from UTC-12 to UTC+14: only early UTC hours can be "yesterday" somewhere, only
    // late ones "tomorrow".
    const shift = day(text) - day(first);
    if ((shift === -DAY_MS && hour < 12) || (shift === DAY_MS && hour >= 10)) return text;
  }
  // The publisher's zone decides only when nothing on the page already prints the UTC day as a
  // bare day (the URL path, a date-only value, the visible header): that is the CMS's own day.
  const confirmed =
    (text !== null && day(text) === day(first)) ||
    others.some((other) => other.parts.time === undefined && day(other) === day(first));
  if (hour !== undefined && !confirmed) {
    const local = publisherLocalDay(first.parts, context);
    if (local !== null) return { parts: local, source: first.source };
  }
  return first;
}

function firstPlausible(
  values: readonly string[],
  source: ExtractedDateSource,
  context: DateContext,
): Found | null {
  for (const value of values) {
    const parts = parseDateValue(value);
    if (parts !== null && isPlausible(parts, context)) return { parts, source };
  }
  return null;
}
