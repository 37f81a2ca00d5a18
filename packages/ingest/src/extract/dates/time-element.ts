// Dates from markup inside the page body: <time datetime>, elements with itemprop=datePublished /
// dateModified, and hAtom's <abbr class="published" title>. Only those that belong to the article
// count (not comments, sidebars or related lists), and the one nearest the title wins.
import { textOf, walkElements } from "../dom/query.ts";
import type { ElementNode } from "../dom/tree.ts";
import { type DateContext, makeOutsideArticleTest } from "./context.ts";
import type { RawDates } from "./jsonld.ts";

const UPDATE_HINT = /updat|modif|edit|revis|aktualis|actualiz|aggiorn|atualiz|mise-a-jour|maj/i;
const PUBLISH_HINT = /publish|posted|pubdate|entry-date|created|date-?pub|pub-?date|publi/i;

interface Marked {
  readonly element: ElementNode;
  readonly value: string;
  readonly kind: "published" | "modified" | "unknown";
}

export function markupDates(context: DateContext, order: ReadonlyMap<ElementNode, number>): RawDates {
  const outside = makeOutsideArticleTest();
  const marked: Marked[] = [];
  const body = context.doc.byTag.get("body")?.[0] ?? context.doc.root;
  walkElements(body, (element) => {
    if (element.tag === "script" || element.tag === "style") return false;
    const found = readMarkedDate(element);
    if (found !== null && (describesArticle(element, context.container) || !outside(element)))
      marked.push(found);
    return undefined;
  });
  const anchor = order.get(context.titleHeading ?? context.container) ?? 0;
  // Explicitly published first, then unlabelled ones; each group by distance to the title.
  const byDistance = (a: Marked, b: Marked): number =>
    Math.abs((order.get(a.element) ?? 0) - anchor) - Math.abs((order.get(b.element) ?? 0) - anchor);
  const published = [
    ...marked.filter((entry) => entry.kind === "published").sort(byDistance),
    ...marked.filter((entry) => entry.kind === "unknown").sort(byDistance),
  ];
  const modified = marked.filter((entry) => entry.kind === "modified").sort(byDistance);
  return { published: published.map((entry) => entry.value), modified: modified.map((entry) => entry.value) };
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
  const names = `${element.attrs.class ?? ""} ${element.attrs.id ?? ""} ${element.parent?.attrs.class ?? ""}`;
  if (UPDATE_HINT.test(names)) return "modified";
  if (PUBLISH_HINT.test(names)) return "published";
  return "unknown";
}
