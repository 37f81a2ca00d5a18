// Main-text extraction: prune obvious boilerplate, cut into blocks, pick the best-scoring
// container, render it. See docs/extraction.md for the method.
import { firstByTag, textOf } from "../dom/query.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import { isCommentArea } from "../metadata/author-noise.ts";
import { isSiteHeading, type SiteIdentity } from "../metadata/title.ts";
import { effectiveLength } from "../text/measure.ts";
import { comparable } from "../text/normalize.ts";
import { BlockSegmenter } from "./blocks.ts";
import { isNamedArticleBody, isVisuallyHidden, nameTokens } from "./hints.ts";
import { findHintPrunes, findStructuralPrunes } from "./prune.ts";
import { renderContainer } from "./render.ts";
import {
  chooseContainer,
  classifyBlock,
  type ScoredBlock,
  type SubtreeStats,
  subtreeStats,
} from "./score.ts";

export interface MainContent {
  readonly text: string;
  /** The element the text was taken from, for date lookups near the article. */
  readonly container: ElementNode;
  /** Subtrees judged to be boilerplate (comments, sharing, navigation, ...). */
  readonly pruned: ReadonlySet<ElementNode>;
  /** The heading that carries the title, when one matches it. */
  readonly titleHeading: ElementNode | null;
  /** Owner of the container's first prose block: where the header region ends. */
  readonly bodyStart: ElementNode | null;
}

export function extractMainContent(
  doc: ParsedDocument,
  title: string | null,
  site: SiteIdentity,
): MainContent {
  const body = firstByTag(doc, "body") ?? doc.root;
  const titleHeading = findTitleHeading(doc, title, site);
  const structural = findStructuralPrunes(body, titleHeading);
  // One segmenter for every pass: later passes reuse the blocks the first one made.
  const segmenter = new BlockSegmenter(classifyBlock);
  const allBlocks = segmenter.segment(body, structural);
  const firstStats = subtreeStats(allBlocks, body);
  // The best candidate before any class-name rule: no hint may prune it or its ancestors.
  const candidate = chooseContainer(firstStats, body);
  // The first paragraph under the headline starts the article, whatever its wrapper is called.
  const lead = titleHeading === null ? null : firstProseAfter(allBlocks, titleHeading);
  const anchors = [
    ...(titleHeading ? [titleHeading] : []),
    ...(lead ? [lead] : []),
    ...namedBodyAnchors(firstStats, body),
    candidate,
  ];
  const hinted = findHintPrunes(body, anchors, firstStats, structural);
  const pruned = new Set([...structural, ...hinted]);
  // Segment again: hinted elements may be inline (a caption <span> inside a paragraph).
  const blocks = hinted.size === 0 ? allBlocks : segmenter.segment(body, pruned);
  const result = render(blocks, body, title, titleHeading, pruned);
  // Hints are guesses from names: if they cost most of the article, the guess was wrong. Retry
  // without the hints that removed a large part of the prose; small boxes stay pruned.
  const candidateLength = firstStats.get(candidate)?.goodLength ?? 0;
  if (hinted.size > 0 && effectiveLength(result.text) < candidateLength * LOST_TO_HINTS) {
    // Repeated wrappers of one kind ("story-body-share-wrapper" around each story of a stream)
    // count together: each holds a small part, all of them the article.
    const groupLength = new Map<string, number>();
    for (const element of hinted) {
      // Comments are always removed, however much they hold together.
      if (isCommentArea(nameTokens(element))) continue;
      const key = wrapperKind(element);
      groupLength.set(key, (groupLength.get(key) ?? 0) + (firstStats.get(element)?.goodLength ?? 0));
    }
    const kept = [...hinted].filter(
      (element) =>
        (firstStats.get(element)?.goodLength ?? 0) < candidateLength * LARGE_PRUNE &&
        (groupLength.get(wrapperKind(element)) ?? 0) < candidateLength * LARGE_PRUNE,
    );
    const retryPruned = new Set([...structural, ...kept]);
    return render(segmenter.segment(body, retryPruned), body, title, titleHeading, retryPruned);
  }
  return result;
}

/** Tag and class list: what marks wrappers of one kind. */
function wrapperKind(element: ElementNode): string {
  return `${element.tag}.${(element.attrs.class ?? "").trim().split(/\s+/).sort().join(".")}`;
}

/** How many blocks after the headline the article's first paragraph may start. */
const LEAD_DISTANCE = 4;

/** The first prose block right under the headline: the article starts there, whatever its wrapper is called. */
function firstProseAfter(blocks: readonly ScoredBlock[], heading: ElementNode): ElementNode | null {
  const at = blocks.findIndex((block) => isWithin(block.owner, heading));
  if (at < 0) return null;
  for (let i = at + 1; i < blocks.length && i <= at + LEAD_DISTANCE; i++) {
    const block = blocks[i];
    if (block?.kind === "good") return block.owner;
    if (block?.kind === "bad") return null;
  }
  return null;
}

/** Below this share of the best candidate's prose, the hint-pruned result is retried. */
const LOST_TO_HINTS = 0.4;
/** In the retry, hinted elements holding at least this share of the candidate's prose are kept. */
const LARGE_PRUNE = 0.2;

function render(
  blocks: readonly ScoredBlock[],
  body: ElementNode,
  title: string | null,
  titleHeading: ElementNode | null,
  pruned: ReadonlySet<ElementNode>,
): MainContent {
  const stats = subtreeStats(blocks, body);
  const container = chooseContainer(stats, body);
  const text = renderContainer({ container, blocks, stats, title, titleHeading });
  const first = blocks.find((block) => block.kind === "good" && isWithin(block.owner, container));
  return { text, container, pruned, titleHeading, bodyStart: first?.owner ?? null };
}

function isWithin(element: ElementNode, ancestor: ElementNode): boolean {
  for (let current: ElementNode | null = element; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
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
function findTitleHeading(doc: ParsedDocument, title: string | null, site: SiteIdentity): ElementNode | null {
  if (title === null) return null;
  const key = comparable(title);
  if (key === "") return null;
  // <h1> first; some CMSs put the headline in an <h2> under a site-logo <h1>.
  for (const tag of ["h1", "h2"]) {
    for (const heading of doc.byTag.get(tag) ?? []) {
      if (isSiteHeading(heading, site)) continue;
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
