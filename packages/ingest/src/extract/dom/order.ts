// Document order of the body's elements, computed once and shared by the finders that reason
// about "near the title" or "before the article", and by those that scan the whole body (a flat
// loop over this list instead of another recursive walk).
import type { ElementNode, ParsedDocument } from "./tree.ts";

export interface DocumentOrder {
  /** Body elements in document order (script/style contents skipped). */
  readonly elements: readonly ElementNode[];
  readonly position: ReadonlyMap<ElementNode, number>;
  /** For the element at index i, the index just after its last descendant. */
  readonly subtreeEnd: readonly number[];
}

export function documentOrder(doc: ParsedDocument): DocumentOrder {
  const body = doc.byTag.get("body")?.[0] ?? doc.root;
  const elements: ElementNode[] = [];
  const subtreeEnd: number[] = [];
  const position = new Map<ElementNode, number>();
  const visit = (parent: ElementNode): void => {
    for (const child of parent.children) {
      if (child.kind !== "element") continue;
      const index = elements.length;
      elements.push(child);
      position.set(child, index);
      subtreeEnd.push(index + 1);
      if (child.tag !== "script" && child.tag !== "style") visit(child);
      subtreeEnd[index] = elements.length;
    }
  };
  visit(body);
  return { elements, position, subtreeEnd };
}

/**
 * Elements of the subtree rooted at `root` (itself included unless it is the body or above, which
 * are not in the list), in document order.
 */
export function subtreeElements(order: DocumentOrder, root: ElementNode): readonly ElementNode[] {
  const at = order.position.get(root);
  if (at === undefined) return order.elements;
  return order.elements.slice(at, order.subtreeEnd[at] ?? at + 1);
}

/** What a scan visitor says: descend into the element, skip its subtree, or stop the scan. */
export type ScanStep = "descend" | "skip" | "stop";

/** Visits body elements in document order: the flat equivalent of a walk over the body. */
export function scanElements(order: DocumentOrder, visit: (element: ElementNode) => ScanStep): void {
  const { elements, subtreeEnd } = order;
  for (let i = 0; i < elements.length; ) {
    const element = elements[i];
    if (element === undefined) return;
    const step = visit(element);
    if (step === "stop") return;
    i = step === "skip" ? (subtreeEnd[i] ?? i + 1) : i + 1;
  }
}
