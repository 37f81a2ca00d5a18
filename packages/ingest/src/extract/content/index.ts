// Main-text extraction: prune obvious boilerplate, cut into blocks, pick the best-scoring
// container, render it. See docs/extraction.md for the method.
import { firstByTag, textOf } from "../dom/query.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import { isSiteHeading } from "../metadata/title.ts";
import { comparable } from "../text/normalize.ts";
import { segmentBlocks } from "./blocks.ts";
import { isNamedArticleBody, isVisuallyHidden } from "./hints.ts";
import { findHintPrunes, findStructuralPrunes } from "./prune.ts";
import { renderContainer } from "./render.ts";
import { chooseContainer, classifyBlock, type SubtreeStats, subtreeStats } from "./score.ts";

export interface MainContent {
  readonly text: string;
  /** The element the text was taken from, for date lookups near the article. */
  readonly container: ElementNode;
  /** Subtrees judged to be boilerplate (comments, sharing, navigation, ...). */
  readonly pruned: ReadonlySet<ElementNode>;
  /** The heading that carries the title, when one matches it. */
  readonly titleHeading: ElementNode | null;
}

export function extractMainContent(
  doc: ParsedDocument,
  title: string | null,
  siteName: string | null,
): MainContent {
  const body = firstByTag(doc, "body") ?? doc.root;
  const titleHeading = findTitleHeading(doc, title, siteName);
  const structural = findStructuralPrunes(body, titleHeading);
  const allBlocks = segmentBlocks(body, structural).map(classifyBlock);
  const firstStats = subtreeStats(allBlocks, body);
  const anchors = [...(titleHeading ? [titleHeading] : []), ...namedBodyAnchors(firstStats, body)];
  const hinted = findHintPrunes(body, anchors, firstStats, structural);
  const pruned = new Set([...structural, ...hinted]);
  // Segment again: hinted elements may be inline (a caption <span> inside a paragraph).
  const blocks = hinted.size === 0 ? allBlocks : segmentBlocks(body, pruned).map(classifyBlock);
  const stats = subtreeStats(blocks, body);
  const container = chooseContainer(stats, body);
  const text = renderContainer({ container, blocks, stats, title, titleHeading });
  return { text, container, pruned, titleHeading };
}

/** Share of the page's prose a CMS-named body ("entry-content") needs to count as the article. */
const NAMED_BODY_SHARE = 0.3;

/**
 * Elements named as the article body that hold a good part of the prose. A "post-content" class
 * alone is not enough: teaser cards in sidebars reuse it.
 */
function namedBodyAnchors(stats: ReadonlyMap<ElementNode, SubtreeStats>, body: ElementNode): ElementNode[] {
  const total = stats.get(body)?.goodLength ?? 0;
  const anchors: ElementNode[] = [];
  for (const [element, entry] of stats) {
    if (entry.goodCount > 1 && entry.goodLength >= total * NAMED_BODY_SHARE && isNamedArticleBody(element)) {
      anchors.push(element);
    }
  }
  return anchors;
}

/** The heading that carries the page title is certainly inside the article. */
function findTitleHeading(
  doc: ParsedDocument,
  title: string | null,
  siteName: string | null,
): ElementNode | null {
  if (title === null) return null;
  const key = comparable(title);
  if (key === "") return null;
  // <h1> first; some CMSs put the headline in an <h2> under a site-logo <h1>.
  for (const tag of ["h1", "h2"]) {
    for (const heading of doc.byTag.get(tag) ?? []) {
      if (isSiteHeading(heading, siteName)) continue;
      const text = comparable(textOf(heading, isVisuallyHidden));
      if (text === "") continue;
      if (
        text === key ||
        (text.length > 10 && key.includes(text)) ||
        (key.length > 10 && text.includes(key))
      ) {
        return heading;
      }
    }
  }
  return null;
}
