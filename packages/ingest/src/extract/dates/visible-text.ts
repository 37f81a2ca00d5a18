// Dates in visible text, as a reader would find them: in date/byline/meta-labelled elements near
// the title first, then in the first and last lines of the article. A date right after an
// "updated" label is a modification date, not the publication date.
import { classAndId, shortTextOf } from "../dom/query.ts";
import type { ElementNode } from "../dom/tree.ts";
import { type DateContext, isPlausible, makeOutsideArticleTest } from "./context.ts";
import type { DateParts } from "./parts.ts";
import { findTextDates } from "./text-patterns.ts";

const DATE_LABEL =
  /date|time|publi|posted|byline|dateline|timestamp|datum|fecha|data|meta|info|zeit|created|submitted|stamp|header|author|autor|subline|kicker|fecha|dat/;
const UPDATED_BEFORE =
  /(updated?|last modified|modified|edited|aktualisiert|geändert|mis à jour|mise à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено|更新)\W{0,12}(?:\p{L}+\W{1,3}){0,3}$/iu;
const PUBLISHED_BEFORE =
  /(published|posted|publication|veröffentlicht|erschienen|publié|publicado|publicación|pubblicato|publicat|gepubliceerd|opublikowano|publicerad|julkaistu|опубликовано|发布|發布|게시|작성)\W{0,12}(?:\p{L}+\W{1,3}){0,2}$/iu;
/** Text of a labelled element longer than this is a container, not a dateline. */
const MAX_LABELLED_TEXT = 250;
/** How many elements (document order) around the title the search looks at. */
const WINDOW = 400;

export interface VisibleDates {
  readonly published: DateParts | null;
  readonly modified: DateParts | null;
}

export function visibleTextDates(
  context: DateContext,
  order: ReadonlyMap<ElementNode, number>,
  elements: readonly ElementNode[],
): VisibleDates {
  const outside = makeOutsideArticleTest();
  const anchor = order.get(context.titleHeading ?? context.container) ?? 0;
  const near = elements.filter((element) => {
    const position = order.get(element) ?? 0;
    return Math.abs(position - anchor) <= WINDOW && !outside(element);
  });
  // Labelled elements, nearest to the title first.
  const labelled = near
    .filter((element) => DATE_LABEL.test(classAndId(element)))
    .sort((a, b) => Math.abs((order.get(a) ?? 0) - anchor) - Math.abs((order.get(b) ?? 0) - anchor));
  let modified: DateParts | null = null;
  for (const element of labelled) {
    const text = shortTextOf(element, MAX_LABELLED_TEXT);
    if (text === null) continue;
    const found = datesIn(text, context);
    modified ??= found.modified;
    if (found.published !== null) return { published: found.published, modified };
  }
  // Unlabelled: a "Published on <date>" line anywhere in the article, short lines right around
  // the title, then the article's opening and closing lines ("Stand: ...").
  const articleLines = linesIn(context.container, elements);
  for (const text of articleLines) {
    for (const { parts, index } of findTextDates(text, { monthFirst: context.monthFirst })) {
      const label = PUBLISHED_BEFORE.test(text.slice(Math.max(0, index - 40), index));
      if (label && isPlausible(parts, context)) return { published: parts, modified };
    }
  }
  const lines = [
    ...linesNearTitle(near, order, anchor),
    ...articleLines.slice(0, 6),
    ...articleLines.slice(-6),
  ];
  for (const text of lines) {
    const found = datesIn(text, context);
    modified ??= found.modified;
    if (found.published !== null) return { published: found.published, modified };
  }
  return { published: null, modified };
}

function datesIn(text: string, context: DateContext): VisibleDates {
  let published: DateParts | null = null;
  let modified: DateParts | null = null;
  for (const { parts, index } of findTextDates(text, { monthFirst: context.monthFirst })) {
    if (!isPlausible(parts, context)) continue;
    if (UPDATED_BEFORE.test(text.slice(Math.max(0, index - 40), index))) modified ??= parts;
    else published ??= parts;
  }
  return { published, modified };
}

/** How far (in elements, document order) an unlabelled dateline may sit from the title. */
const TITLE_NEIGHBOURHOOD = 30;
const MAX_DATELINE = 120;

function linesNearTitle(
  near: readonly ElementNode[],
  order: ReadonlyMap<ElementNode, number>,
  anchor: number,
): string[] {
  const distance = (element: ElementNode): number => Math.abs((order.get(element) ?? 0) - anchor);
  return near
    .filter((element) => distance(element) <= TITLE_NEIGHBOURHOOD && hasOwnText(element))
    .sort((a, b) => distance(a) - distance(b))
    .map((element) => shortTextOf(element, MAX_DATELINE))
    .filter((text): text is string => text !== null);
}

/** Short text lines (elements with their own text) of the container, in order. */
function linesIn(container: ElementNode, elements: readonly ElementNode[]): string[] {
  const lines: string[] = [];
  for (const element of elements) {
    if (!hasOwnText(element) || !isWithin(element, container)) continue;
    const text = shortTextOf(element, MAX_LABELLED_TEXT);
    if (text !== null) lines.push(text);
  }
  return lines;
}

function hasOwnText(element: ElementNode): boolean {
  return element.children.some((child) => child.kind === "text" && child.value.trim() !== "");
}

function isWithin(element: ElementNode, ancestor: ElementNode): boolean {
  for (let current: ElementNode | null = element; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}
