// Dates from markup inside the page body: <time datetime>, elements with itemprop=datePublished /
// dateModified, and hAtom's <abbr class="published" title>. Only those that belong to the article
// count (not comments, sidebars or related lists), and the one nearest the title wins.
import type { DocumentOrder } from "../dom/order.ts";
import { textOf, walkElements } from "../dom/query.ts";
import type { ElementNode } from "../dom/tree.ts";
import { articleAncestors, type DateContext, makeOutsideArticleTest } from "./context.ts";
import type { RawDates } from "./jsonld.ts";
import { parseDateValue } from "./parse.ts";
import { dayValue } from "./parts.ts";

const UPDATE_HINT = /updat|modif|edit|revis|aktualis|actualiz|aggiorn|atualiz|mise-a-jour|maj/i;
const PUBLISH_HINT = /publish|posted|pubdate|entry-date|created|date-?pub|pub-?date|publi/i;
/** A label written just before the element ("Updated: <time>", "Aktualisiert am <time>"). */
const UPDATED_LABEL =
  /(?:updated?|last modified|modified|edited|revised|aktualisiert|geändert|mis à jour|mise à jour|actualizado|actualización|aggiornato|atualizado|bijgewerkt|更新)\W{0,12}(?:\p{L}+\W{1,3}){0,2}$/iu;
const PUBLISHED_LABEL =
  /(?:published|posted|publication|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|发布|發布)\W{0,12}(?:\p{L}+\W{1,3}){0,2}$/iu;

interface Marked {
  readonly element: ElementNode;
  readonly value: string;
  readonly kind: "published" | "modified" | "unknown";
}

export function markupDates(context: DateContext, documentOrder: DocumentOrder): RawDates {
  const order = documentOrder.position;
  const article = articleAncestors(context);
  const outside = makeOutsideArticleTest(article);
  const marked: Marked[] = [];
  for (const element of documentOrder.elements) {
    const found = readMarkedDate(element);
    if (
      found !== null &&
      (describesArticle(element, context.container) ||
        (!outside(element) && !belongsToAnotherItem(element, article)))
    )
      marked.push(found);
  }
  const anchor = order.get(context.titleHeading ?? context.container) ?? 0;
  // Explicitly published first, then unlabelled ones; each group by distance to the title.
  const byDistance = (a: Marked, b: Marked): number =>
    Math.abs((order.get(a.element) ?? 0) - anchor) - Math.abs((order.get(b.element) ?? 0) - anchor);
  const unknown = marked.filter((entry) => entry.kind === "unknown").sort(byDistance);
  const published = [...marked.filter((entry) => entry.kind === "published").sort(byDistance), ...unknown];
  const modified = marked.filter((entry) => entry.kind === "modified").sort(byDistance);
  const headerPair = publishedAndUpdated(unknown, context, order);
  if (headerPair !== null && !marked.some((entry) => entry.kind === "published")) {
    // Two unlabelled dates in the article's header: the earlier is the publication, the later
    // the update ("May 2 · updated May 9" with the labels in icons or CSS).
    published.unshift(headerPair.earlier);
    modified.push(headerPair.later);
  }
  return { published: published.map((entry) => entry.value), modified: modified.map((entry) => entry.value) };
}

function publishedAndUpdated(
  unknown: readonly Marked[],
  context: DateContext,
  order: ReadonlyMap<ElementNode, number>,
): { earlier: Marked; later: Marked } | null {
  const end = context.bodyStart === null ? undefined : order.get(context.bodyStart);
  const dated: Array<{ entry: Marked; day: number }> = [];
  for (const entry of unknown) {
    const at = order.get(entry.element);
    if (end !== undefined && at !== undefined && at > end) continue;
    const parts = parseDateValue(entry.value);
    if (parts !== null) dated.push({ entry, day: dayValue(parts) });
  }
  if (dated.length < 2 || dated.length > 3) return null;
  dated.sort((a, b) => a.day - b.day);
  const earlier = dated[0];
  const later = dated[dated.length - 1];
  if (earlier === undefined || later === undefined || earlier.day === later.day) return null;
  return { earlier: earlier.entry, later: later.entry };
}

/**
 * A date inside a link, <article> or <li> that holds neither the headline nor the main text but a
 * linked headline of its own labels another item (a teaser card, a list entry), not this article.
 * Permalinks and forum posts (a date in a link, a short linked user name) are not such items.
 */
function belongsToAnotherItem(element: ElementNode, article: ReadonlySet<ElementNode>): boolean {
  for (let current = element.parent; current && !article.has(current); current = current.parent) {
    if (ITEM_TAGS.has(current.tag) && hasOwnHeadline(current)) return true;
  }
  return false;
}

const ITEM_TAGS = new Set(["a", "article", "li"]);
/** Shorter linked text is a name or a label ("Bob", "Sports"), not a headline. */
const HEADLINE_LENGTH = 20;

/** A linked headline: a heading that holds a link or sits inside one (teaser cards). */
function hasOwnHeadline(item: ElementNode): boolean {
  let found = false;
  const visit = (element: ElementNode, inLink: boolean): void => {
    for (const child of element.children) {
      if (found || child.kind !== "element") continue;
      const linked = inLink || child.tag === "a";
      if (/^h[1-6]$/.test(child.tag) && textOf(child).length >= HEADLINE_LENGTH) {
        found = linked || containsLink(child);
        if (found) return;
      }
      visit(child, linked);
    }
  };
  visit(item, item.tag === "a");
  return found;
}

function containsLink(element: ElementNode): boolean {
  let found = false;
  walkElements(element, (child) => {
    if (child.tag === "a") found = true;
    return found ? false : undefined;
  });
  return found;
}

/**
 * A schema.org itemprop date whose item (nearest itemscope) encloses the main content is the
 * article's own date, even when it sits in a block named "footer" or "meta".
 */
function describesArticle(element: ElementNode, container: ElementNode): boolean {
  if (element.attrs.itemprop === undefined) return false;
  let scope: ElementNode | null = element.parent;
  while (scope && scope.attrs.itemscope === undefined) scope = scope.parent;
  if (scope === null) return false;
  for (let current: ElementNode | null = container; current; current = current.parent) {
    if (current === scope) return true;
  }
  return false;
}

function readMarkedDate(element: ElementNode): Marked | null {
  const { attrs } = element;
  if (attrs.itemprop === undefined && element.tag !== "time" && element.tag !== "abbr") return null;
  const itemprop = attrs.itemprop?.toLowerCase();
  if (itemprop === "datepublished" || itemprop === "datecreated" || itemprop === "datemodified") {
    if (element.tag === "meta") return null; // Read with the other <meta> tags.
    const value = attrs.content ?? attrs.datetime ?? textOf(element);
    return { element, value, kind: itemprop === "datemodified" ? "modified" : "published" };
  }
  if (element.tag === "time") {
    // Without a datetime attribute, the element's own text is still a marked-up date.
    const value = attrs.datetime ?? textOf(element);
    if (value.trim() === "") return null;
    return { element, value, kind: timeKind(element) };
  }
  if (
    element.tag === "abbr" &&
    attrs.title !== undefined &&
    /\b(published|updated)\b/.test(attrs.class ?? "")
  ) {
    return {
      element,
      value: attrs.title,
      kind: /\bupdated\b/.test(attrs.class ?? "") ? "modified" : "published",
    };
  }
  return null;
}

/** Labels on the element or its parent say which date a <time> is. */
function timeKind(element: ElementNode): Marked["kind"] {
  if (element.attrs.pubdate !== undefined) return "published";
  const before = textBefore(element);
  if (UPDATED_LABEL.test(before)) return "modified";
  if (PUBLISHED_LABEL.test(before)) return "published";
  const names = `${element.attrs.class ?? ""} ${element.attrs.id ?? ""} ${element.parent?.attrs.class ?? ""}`;
  if (UPDATE_HINT.test(names)) return "modified";
  if (PUBLISH_HINT.test(names)) return "published";
  return "unknown";
}

/** Up to 40 characters of text just before the element inside its parent. */
function textBefore(element: ElementNode): string {
  const parent = element.parent;
  if (parent === null) return "";
  let text = "";
  for (const child of parent.children) {
    if (child === element) break;
    text += child.kind === "text" ? child.value : textOf(child);
  }
  return text.slice(-40);
}
