// Document order of the body's elements, computed once and shared by the finders that reason
// about "near the title" or "before the article".
import { walkElements } from "./query.ts";
import type { ElementNode, ParsedDocument } from "./tree.ts";

export interface DocumentOrder {
  /** Body elements in document order (script/style contents skipped). */
  readonly elements: readonly ElementNode[];
  readonly position: ReadonlyMap<ElementNode, number>;
}

export function documentOrder(doc: ParsedDocument): DocumentOrder {
  const body = doc.byTag.get("body")?.[0] ?? doc.root;
  const elements: ElementNode[] = [];
  walkElements(body, (element) => {
    elements.push(element);
    return element.tag === "script" || element.tag === "style" ? false : undefined;
  });
  return { elements, position: new Map(elements.map((element, index) => [element, index] as const)) };
}
