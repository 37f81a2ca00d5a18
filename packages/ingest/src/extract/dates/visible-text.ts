// Dates in visible text, read only where a page prints its own date: the header/byline region
// between the headline and the first prose block, and short datelines (a date plus a label) around
// the article. Sentences of the article are never read: "due April 24, 1997" is not a publication
// date. A date right after an "updated" label is a modification date, not the publication date.
import { type DocumentOrder, subtreeElements } from "../dom/order.ts";
import { classAndId, shortTextOf } from "../dom/query.ts";
import type { ElementNode } from "../dom/tree.ts";
import { articleAncestors, type DateContext, isPlausible, makeOutsideArticleTest } from "./context.ts";
import type { DateParts } from "./parts.ts";
import { findTextDates } from "./text-patterns.ts";

const DATE_LABEL =
  /date|time|publi|posted|byline|dateline|timestamp|datum|fecha|data|meta|info|zeit|created|submitted|stamp|header|author|autor|subline|kicker|fecha|dat/;
const PUBLISHED_WORDS =
  "published|posted|publication|veröffentlicht|erschienen|publié|publicado|publicación|pubblicato|publicat|gepubliceerd|opublikowano|publicerad|julkaistu|опубликовано|发布|發布|게시|작성";
const PUBLISHED_BEFORE = new RegExp(`(${PUBLISHED_WORDS})\\W{0,12}(?:\\p{L}+\\W{1,3}){0,2}$`, "iu");
const UPDATED_BEFORE =
  /(updated?|last modified|modified|edited|aktualisiert|geändert|mis à jour|mise à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено|更新)\W{0,12}(?:\p{L}+\W{1,3}){0,3}$/iu;
/** Text of a labelled element longer than this is a container, not a dateline. */
const MAX_LABELLED_TEXT = 250;
/** How many elements (document order) around the title the search looks at. */
const WINDOW = 400;

export interface VisibleDates {
  readonly published: DateParts | null;
  readonly modified: DateParts | null;
}

export function visibleTextDates(context: DateContext, documentOrder: DocumentOrder): VisibleDates {
  const { elements, position: order } = documentOrder;
  const outside = makeOutsideArticleTest(articleAncestors(context));
  const anchor = order.get(context.titleHeading ?? context.container) ?? 0;
  const bodyStart = context.bodyStart === null ? undefined : order.get(context.bodyStart);
  // The header region: a little before the headline (kicker, dateline) down to the first prose
  // block. The article's sentences come after it and are never read for dates.
  const headerEnd = Math.max(anchor, bodyStart ?? anchor + TITLE_NEIGHBOURHOOD);
  const distance = (element: ElementNode): number => Math.abs((order.get(element) ?? 0) - anchor);
  const inHeader = (element: ElementNode): boolean => {
    const position = order.get(element) ?? 0;
    return position >= anchor - HEADER_BEFORE && position <= headerEnd;
  };
  const labelled: ElementNode[] = [];
  const header: ElementNode[] = [];
  // Elements near the title; the (costlier) outside-the-article test only for those that count.
  for (const element of elements.slice(Math.max(0, anchor - WINDOW), anchor + WINDOW + 1)) {
    const isLabelled = DATE_LABEL.test(classAndId(element));
    const isHeader = inHeader(element);
    if ((!isLabelled && !isHeader) || outside(element)) continue;
    if (isLabelled) labelled.push(element);
    if (isHeader) header.push(element);
  }
  labelled.sort((a, b) => distance(a) - distance(b));
  let modified: DateParts | null = null;
  const read = (texts: Iterable<string>, datelinesOnly: boolean, labelled: boolean): DateParts | null => {
    for (const text of texts) {
      if (datelinesOnly && !isDateline(text)) continue;
      const found = datesIn(text, context, labelled);
      modified ??= found.modified;
      if (found.published !== null) return found.published;
    }
    return null;
  };
  // The container's short lines, only when the header gave nothing (most pages stop before).
  let lines: string[] | null = null;
  const containerLines = (): string[] => {
    lines ??= linesIn(subtreeElements(documentOrder, context.container));
    return lines;
  };
  const published =
    // 1. date/byline-labelled elements of the header, nearest the headline first;
    read(texts(labelled.filter(inHeader), MAX_LABELLED_TEXT), false, false) ??
    // 2. any short line of the header;
    read(
      texts(
        header.filter(hasOwnText).sort((a, b) => distance(a) - distance(b)),
        MAX_DATELINE,
      ),
      false,
      false,
    ) ??
    // 3. datelines among the article's opening lines (title, standfirst, then the byline);
    read(containerLines().slice(0, OPENING_LINES), true, false) ??
    // 4. a line of the article that opens with a publication label ("Veröffentlicht am 16.08.2019");
    read(containerLines().filter(opensWithPublishedLabel), false, true) ??
    // 5. labelled datelines elsewhere near the article ("Stand: 09.10.2020" below it);
    read(texts(labelled, MAX_LABELLED_TEXT), true, false) ??
    // 6. the article's own closing datelines.
    read(containerLines().slice(-CLOSING_LINES), true, false);
  return { published, modified };
}

const LEADING_LABEL = new RegExp(`^[\\W\\d]*(?:${PUBLISHED_WORDS})\\W{0,12}(?:\\p{L}+\\W{1,3}){0,2}$`, "iu");

/** The label words at the start of a line, whatever follows: a cheap test before the date search. */
const LABEL_AT_START = new RegExp(`^[\\W\\d]*(?:${PUBLISHED_WORDS})`, "iu");

function opensWithPublishedLabel(text: string): boolean {
  if (!LABEL_AT_START.test(text)) return false;
  const first = findTextDates(text)[0];
  return first !== undefined && LEADING_LABEL.test(text.slice(0, first.index));
}

/** How many elements (document order) before the headline still belong to its header. */
const HEADER_BEFORE = 40;
/** Opening lines of the article checked for a dateline. */
const OPENING_LINES = 6;
/** Closing lines of the article checked for a dateline. */
const CLOSING_LINES = 4;
/** A dateline has the date and at most this many other words ("Published on", weekday, "Uhr"). */
const MAX_DATELINE_WORDS = 5;

function* texts(elements: readonly ElementNode[], max: number): Generator<string> {
  for (const element of elements) {
    const text = shortTextOf(element, max);
    if (text !== null && text !== "") yield text;
  }
}

/** A short line that is a date and a label, not a sentence that happens to mention a date. */
function isDateline(text: string): boolean {
  if (text.length > MAX_DATELINE) return false;
  const words = text
    .replace(/[\p{N}\p{P}\p{S}]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  return words.length <= MAX_DATELINE_WORDS;
}

/**
 * Written dates before this year need a written label ("Published …", "Veröffentlicht am"): unlabelled
 * old dates near a headline are birth dates, founding years and anniversaries. Structured dates
 * (markup, metadata, URL) have no such limit.
 */
const UNLABELLED_TEXT_FROM = 1995;

function datesIn(text: string, context: DateContext, labelled: boolean): VisibleDates {
  const found = findTextDates(text, { monthFirst: context.monthFirst });
  if (found.length === 0) return NO_DATES;
  const before = (index: number): string => text.slice(Math.max(0, index - 40), index);
  // A publication label before any of the dates vouches for old dates too.
  const vouched = labelled || found.some(({ index }) => PUBLISHED_BEFORE.test(before(index)));
  let published: DateParts | null = null;
  let modified: DateParts | null = null;
  for (const { parts, index } of found) {
    if (!isPlausible(parts, context) || (!vouched && parts.year < UNLABELLED_TEXT_FROM)) continue;
    if (UPDATED_BEFORE.test(before(index))) modified ??= parts;
    else published ??= parts;
  }
  return { published, modified };
}

const NO_DATES: VisibleDates = { published: null, modified: null };

/** How far (in elements, document order) the header may reach when no prose block is known. */
const TITLE_NEIGHBOURHOOD = 30;
const MAX_DATELINE = 120;

/** Short text lines (elements with their own text) of the container, in order. */
function linesIn(elements: readonly ElementNode[]): string[] {
  const lines: string[] = [];
  for (const element of elements) {
    if (!hasOwnText(element)) continue;
    const text = shortTextOf(element, MAX_LABELLED_TEXT);
    if (text !== null) lines.push(text);
  }
  return lines;
}

function hasOwnText(element: ElementNode): boolean {
  return element.children.some((child) => child.kind === "text" && child.value.trim() !== "");
}
