// Small read-only helpers over the light DOM in tree.ts.
import type { DomNode, ElementNode, ParsedDocument } from "./tree.ts";

export function elementsByTag(doc: ParsedDocument, tag: string): readonly ElementNode[] {
  return doc.byTag.get(tag) ?? [];
}

export function firstByTag(doc: ParsedDocument, tag: string): ElementNode | null {
  return doc.byTag.get(tag)?.[0] ?? null;
}

/** Concatenated text of a subtree, whitespace collapsed; `skip` drops whole subtrees. */
export function textOf(node: DomNode, skip?: (element: ElementNode) => boolean): string {
  const parts: string[] = [];
  collectText(node, parts, skip);
  return collapseWhitespace(parts.join(""));
}

function collectText(
  node: DomNode,
  out: string[],
  skip: ((element: ElementNode) => boolean) | undefined,
): void {
  if (node.kind === "text") {
    out.push(node.value);
    return;
  }
  if (node.tag === "script" || node.tag === "style" || node.tag === "template") return;
  if (skip?.(node)) return;
  for (const child of node.children) {
    // <br> separates words ("Title<br>Text" is not "TitleText").
    if (child.kind === "element" && child.tag === "br") out.push(" ");
    collectText(child, out, skip);
  }
}

/**
 * Text of a subtree when it is at most `max` characters of raw text, else null. Stops walking
 * as soon as the limit is passed, so asking about a page-sized wrapper stays cheap.
 */
export function shortTextOf(element: ElementNode, max: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const stack: DomNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.kind === "text") {
      parts.push(node.value);
      length += node.value.length;
      if (length > max * 4 && collapseWhitespace(parts.join("")).length > max) return null;
      continue;
    }
    if (node.tag === "script" || node.tag === "style" || node.tag === "template") continue;
    if (node.tag === "br") parts.push(" ");
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  const text = collapseWhitespace(parts.join(""));
  return text.length > max ? null : text;
}

/** Raw text of an element's direct and nested text nodes (for <script>, <title> and the like). */
export function rawText(element: ElementNode): string {
  let text = "";
  for (const child of element.children) text += child.kind === "text" ? child.value : rawText(child);
  return text;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Depth-first walk over elements; return false from the visitor to skip a subtree. */
export function walkElements(root: ElementNode, visit: (el: ElementNode) => boolean | undefined): void {
  for (const child of root.children) {
    if (child.kind !== "element") continue;
    if (visit(child) === false) continue;
    walkElements(child, visit);
  }
}

/** class and id joined and lowercased, the usual input of boilerplate and date hints. */
export function classAndId(element: ElementNode): string {
  const cls = element.attrs.class;
  const id = element.attrs.id;
  if (cls === undefined && id === undefined) return "";
  return `${cls ?? ""} ${id ?? ""}`.toLowerCase();
}
