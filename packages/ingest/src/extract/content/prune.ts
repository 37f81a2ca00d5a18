// Marks subtrees that cannot be article text. Marking (rather than deleting) keeps the tree intact
// for metadata and date lookups, which may legitimately read inside pruned parts.
//
// Two passes: tags and hidden elements are pruned unconditionally; class/id/role hints are checked
// against how much prose the element holds, because hint words also appear on page wrappers
// ("comments-open", "sidebar-right") and a wrong guess there would delete the whole article.
import type { ElementNode } from "../dom/tree.ts";
import { hasBoilerplateHint, hasContentHint, isHidden, isLinkingTeaser, NON_CONTENT_TAGS } from "./hints.ts";
import type { SubtreeStats } from "./score.ts";

/** Layout tags that are boilerplate by default but occasionally wrap the article itself. */
const LAYOUT_TAGS = new Set(["aside", "nav", "footer", "menu", "dialog", "form"]);

/**
 * Pass 1: non-content tags, hidden elements, forms that are not page wrappers. A layout tag that
 * holds the title heading is the article's wrapper, whatever its tag says.
 */
export function findStructuralPrunes(body: ElementNode, titleHeading: ElementNode | null): Set<ElementNode> {
  const holdsTitle = ancestorsOf(titleHeading);
  const pruned = new Set<ElementNode>();
  const visit = (element: ElementNode): void => {
    for (const child of element.children) {
      if (child.kind !== "element") continue;
      const layout = LAYOUT_TAGS.has(child.tag);
      const drop = layout
        ? !holdsTitle.has(child) &&
          // Forms hold comment boxes and search fields; ASP.NET-style pages wrap everything in one.
          (child.tag !== "form" || !holdsMuchText(child))
        : NON_CONTENT_TAGS.has(child.tag) || isHidden(child);
      if (drop) pruned.add(child);
      else visit(child);
    }
  };
  visit(body);
  return pruned;
}

/** Above this share of the page's prose, a hinted element is a wrapper, not a boilerplate box. */
const WRAPPER_SHARE = 0.5;
/** With a content hint as well ("entry-content no-share"), a smaller share is enough. */
const HINTED_WRAPPER_SHARE = 0.2;

/**
 * Pass 2: elements hinted as boilerplate, unless they hold the article's anchors (its title
 * heading) or too large a share of the page's prose to be a side box.
 */
export function findHintPrunes(
  body: ElementNode,
  anchors: readonly ElementNode[],
  stats: ReadonlyMap<ElementNode, SubtreeStats>,
  alreadyPruned: ReadonlySet<ElementNode>,
): Set<ElementNode> {
  const protectedSet = new Set<ElementNode>();
  for (const anchor of anchors) for (const element of ancestorsOf(anchor)) protectedSet.add(element);
  const totalGood = stats.get(body)?.goodLength ?? 0;
  const pruned = new Set<ElementNode>();
  const visit = (element: ElementNode): void => {
    for (const child of element.children) {
      if (child.kind !== "element" || alreadyPruned.has(child)) continue;
      if (!protectedSet.has(child)) {
        // Teaser cards are judged by their links, so no wrapper guard is needed for them.
        if (isLinkingTeaser(child) || (hasBoilerplateHint(child) && !isWrapper(child, stats, totalGood))) {
          pruned.add(child);
          continue;
        }
      }
      visit(child);
    }
  };
  visit(body);
  return pruned;
}

/** Holds so much of the page's prose that a boilerplate-sounding name must be a page wrapper's. */
function isWrapper(
  element: ElementNode,
  stats: ReadonlyMap<ElementNode, SubtreeStats>,
  totalGood: number,
): boolean {
  const own = stats.get(element);
  if (own === undefined || totalGood === 0) return false;
  const share = own.goodLength / totalGood;
  // A single paragraph (a caption, a notice) is never a wrapper, whatever its share.
  return (
    own.goodCount > 1 && (share > WRAPPER_SHARE || (share > HINTED_WRAPPER_SHARE && hasContentHint(element)))
  );
}

/** The element and all its ancestors. */
function ancestorsOf(element: ElementNode | null): Set<ElementNode> {
  const set = new Set<ElementNode>();
  for (let current = element; current; current = current.parent) set.add(current);
  return set;
}

/** Over ~1500 characters of plain text: too much for a search box or a comment form. */
function holdsMuchText(element: ElementNode): boolean {
  let total = 0;
  const stack: ElementNode[] = [element];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined || current.tag === "a" || current.tag === "script" || current.tag === "style") {
      continue;
    }
    for (const child of current.children) {
      if (child.kind === "text") total += child.value.trim().length;
      else stack.push(child);
    }
    if (total > 1500) return true;
  }
  return false;
}
