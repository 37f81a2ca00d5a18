// Author sources beside the byline: <meta> credits one key at a time, links to an author's
// archive page, and the rule that keeps only the first entry's microdata credits.
import { nameTokens } from "../content/hints.ts";
import type { DocumentOrder } from "../dom/order.ts";
import { elementsByTag, textOf } from "../dom/query.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import { isCommentArea } from "./author-noise.ts";

/**
 * Values of <meta name|property=KEY> for each key, in the order of `keys`. Microdata
 * (<meta itemprop="author">) is left out: inside the body it credits cited works or teasers, and
 * the markup source reads it with its context.
 */
export function metaCredits(doc: ParsedDocument, keys: readonly string[]): string[][] {
  const byKey = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const meta of elementsByTag(doc, "meta")) {
    const value = (meta.attrs.content ?? "").trim();
    if (value === "") continue;
    for (const attr of [meta.attrs.name, meta.attrs.property]) {
      for (const part of attr?.toLowerCase().split(/\s+/) ?? []) byKey.get(part)?.push(value);
    }
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * The entry (<article> or itemscope) holding an author credit: teaser cards and cited works carry
 * their own credits, each in its own entry.
 */
function entryOf(element: ElementNode): ElementNode | null {
  for (let node = element.parent; node !== null; node = node.parent) {
    if (node.tag === "article" || node.attrs.itemscope !== undefined) return node;
  }
  return null;
}

/** The credits that share the first credit's entry (the page's own, which comes first). */
export function firstEntryOnly(elements: readonly ElementNode[]): ElementNode[] {
  const [first] = elements;
  if (first === undefined) return [];
  const entry = entryOf(first);
  return elements.filter((element) => entryOf(element) === entry);
}

/**
 * Another entry than the article's: an <article> that neither holds the article's container nor
 * its headline (a teaser card or related story, even one placed inside the container), whose
 * byline credits that other story.
 */
export function isOtherEntry(
  order: DocumentOrder,
  element: ElementNode,
  own: { readonly container: ElementNode | null; readonly headline: ElementNode | null },
): boolean {
  if (element.tag !== "article" || own.container === null) return false;
  const at = order.position.get(element);
  if (at === undefined) return false;
  const end = order.subtreeEnd[at] ?? at + 1;
  const holds = (node: ElementNode | null): boolean => {
    const index = node === null ? undefined : order.position.get(node);
    return index !== undefined && index >= at && index < end;
  };
  return !holds(own.container) && !holds(own.headline);
}

/** An author archive URL: /author/jane-doe, /autoren/max-muster/, /authors/jdoe?page=1. */
const AUTHOR_PATH =
  /\/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|writers?|contributors?|columnists?|journalists?|redakteur(?:in)?)\/[^/?#]+\/?(?:[?#].*)?$/i;

/**
 * Names in links to an author's archive page, outside comment threads: the most linked archive
 * (an author box links it twice), those inside the article first.
 */
export function authorLinkNames(
  doc: ParsedDocument,
  order: DocumentOrder,
  container: ElementNode | null,
  isName: (text: string) => boolean,
): string[] {
  const inside = container === null ? undefined : order.position.get(container);
  const end = inside === undefined ? undefined : order.subtreeEnd[inside];
  const links = new Map<string, { name: string; count: number; inside: boolean; first: number }>();
  for (const link of elementsByTag(doc, "a")) {
    const href = link.attrs.href;
    if (href === undefined || !AUTHOR_PATH.test(href) || inCommentArea(link)) continue;
    const name = textOf(link);
    if (!isName(name)) continue;
    const key = href
      .replace(/[?#].*$/, "")
      .replace(/\/$/, "")
      .toLowerCase();
    const at = order.position.get(link) ?? Number.MAX_SAFE_INTEGER;
    const isInside = inside !== undefined && end !== undefined && at >= inside && at < end;
    const seen = links.get(key);
    if (seen === undefined) links.set(key, { name, count: 1, inside: isInside, first: at });
    else {
      seen.count++;
      seen.inside ||= isInside;
    }
  }
  const ranked = [...links.values()].sort(
    (a, b) => Number(b.inside) - Number(a.inside) || b.count - a.count || a.first - b.first,
  );
  return ranked.slice(0, 1).map((link) => link.name);
}

function inCommentArea(element: ElementNode): boolean {
  for (let node: ElementNode | null = element; node !== null; node = node.parent) {
    if (isCommentArea(nameTokens(node))) return true;
  }
  return false;
}
