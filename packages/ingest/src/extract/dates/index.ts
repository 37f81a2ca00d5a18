// Publication and modification dates, with provenance. Sources are tried from most to least
// trustworthy: JSON-LD, <meta>, body markup (<time>, itemprop), the URL, visible text. Every
// candidate must be a real calendar day between 1995 and (about) the fetch time.
import type { DocumentOrder } from "../dom/order.ts";
import type { ExtractedDateSource } from "../types.ts";
import { type DateContext, isPlausible } from "./context.ts";
import { jsonLdDates, type RawDates } from "./jsonld.ts";
import { metaDates } from "./meta.ts";
import { parseDateValue } from "./parse.ts";
import { type DateParts, dayValue, formatIso } from "./parts.ts";
import { markupDates } from "./time-element.ts";
import { urlDate } from "./url-pattern.ts";
import { visibleTextDates } from "./visible-text.ts";

export interface FoundDates {
  readonly publishedAt: string | null;
  readonly publishedAtSource: ExtractedDateSource;
  readonly modifiedAt: string | null;
  readonly modifiedAtSource: ExtractedDateSource;
}

interface Found {
  readonly parts: DateParts;
  readonly source: ExtractedDateSource;
}

export function findDates(context: DateContext, documentOrder: DocumentOrder): FoundDates {
  const { elements, position: order } = documentOrder;

  const sources: ReadonlyArray<readonly [ExtractedDateSource, () => RawDates]> = [
    ["jsonld", () => jsonLdDates(context.jsonLd)],
    ["meta", () => metaDates(context.meta)],
    ["time", () => markupDates(context, order)],
  ];
  const publishedCandidates: Found[] = [];
  let modified: Found | null = null;
  for (const [source, read] of sources) {
    const raw = read();
    const first = firstPlausible(raw.published, source, context);
    if (first !== null) publishedCandidates.push(first);
    modified ??= firstPlausible(raw.modified, source, context);
  }
  const fromUrl = urlDate(context.url);
  if (fromUrl !== null && isPlausible(fromUrl, context))
    publishedCandidates.push({ parts: fromUrl, source: "url" });
  const visible = visibleTextDates(context, order, elements);
  if (visible.published !== null) publishedCandidates.push({ parts: visible.published, source: "text" });
  if (modified === null && visible.modified !== null) modified = { parts: visible.modified, source: "text" };
  const published = resolvePublished(publishedCandidates);
  // A "modification" before the publication is a mislabelled date, not information.
  if (published !== null && modified !== null && dayValue(modified.parts) < dayValue(published.parts)) {
    modified = null;
  }
  return {
    publishedAt: published === null ? null : formatIso(published.parts),
    publishedAtSource: published?.source ?? "none",
    modifiedAt: modified === null ? null : formatIso(modified.parts),
    modifiedAtSource: modified?.source ?? "none",
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The most trustworthy candidate, with two corrections learnt from how pages go wrong:
 * - outvoted: when two or more other sources agree on another day and none agrees with the
 *   first, the first is stale (a re-published JSON-LD, a template default);
 * - UTC shift: a UTC timestamp one day off the visible date is the same moment seen from the
 *   publisher's time zone; readers saw the visible day, so that is the day we report.
 */
function resolvePublished(candidates: readonly Found[]): Found | null {
  const [first, ...others] = candidates;
  if (first === undefined) return null;
  const day = (found: Found): number => dayValue(found.parts);
  if (!others.some((other) => day(other) === day(first))) {
    const votes = new Map<number, number>();
    for (const other of others) votes.set(day(other), (votes.get(day(other)) ?? 0) + 1);
    const winner = others.find((other) => (votes.get(day(other)) ?? 0) >= 2);
    if (winner !== undefined) return winner;
  }
  const text = candidates.find((found) => found.source === "text");
  const hour = first.parts.offsetMinutes === 0 ? first.parts.time?.hour : undefined;
  if (text !== undefined && hour !== undefined) {
    // Zones run from UTC-12 to UTC+14: only early UTC hours can be "yesterday" somewhere, only
    // late ones "tomorrow".
    const shift = day(text) - day(first);
    if ((shift === -DAY_MS && hour < 12) || (shift === DAY_MS && hour >= 10)) return text;
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
