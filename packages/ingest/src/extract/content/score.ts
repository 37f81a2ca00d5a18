// Block classification and main-container choice.
//
// Each block is "good" (prose: long enough, few links), "bad" (mostly links: menus, related
// lists, tag clouds) or "neutral" (short lines: headings, captions, datelines). The main container
// is the element whose subtree maximises  sum(good length) - sum(bad length): adding a sidebar or
// a related-links box to a candidate costs more than it brings, while adding a lead paragraph
// sitting next to the body pays off. This is a maximum-sum subtree over the DOM, linear in the
// number of blocks times the depth.
import type { ElementNode } from "../dom/tree.ts";
import type { TextBlock } from "./blocks.ts";
import { hasContentHint, isNamedArticleBody } from "./hints.ts";

export type BlockKind = "good" | "bad" | "neutral";

export interface ScoredBlock extends TextBlock {
  readonly kind: BlockKind;
  readonly score: number;
}

export interface SubtreeStats {
  score: number;
  goodLength: number;
  goodCount: number;
  badLength: number;
  /** Neutral blocks that read like prose (a sentence end, or 40+ characters): leads, subtitles. */
  proseLength: number;
}

const SENTENCE_END = /[.!?。！？…؟।](?:["'”’»)\]]*)(?:\s|$)/g;

function countSentences(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}

export function classifyBlock(block: TextBlock): ScoredBlock {
  const { length, linkLength } = block;
  const density = length === 0 ? 0 : linkLength / length;
  if (density > 0.5 && length > 0) return scored(block, "bad", -length);
  let prose: boolean;
  if (density <= 0.33) {
    prose = length >= 90 || (length >= 30 && countSentences(block.text) > (length >= 50 ? 0 : 1));
  } else {
    // Long paragraphs with many inline links (sources, names) are still prose.
    prose = length >= 200 && countSentences(block.text) > 0;
  }
  return prose ? scored(block, "good", length * (1 - density)) : scored(block, "neutral", 0);
}

function scored(block: TextBlock, kind: BlockKind, score: number): ScoredBlock {
  return {
    owner: block.owner,
    text: block.text,
    length: block.length,
    linkLength: block.linkLength,
    preformatted: block.preformatted,
    kind,
    score,
  };
}

/**
 * Inside an element the CMS names as the article body, link lists (show notes, sources, inline
 * "see also" lines) are part of the article's furniture and should not push the container choice
 * elsewhere: they cost only this fraction of their length.
 */
const BAD_IN_NAMED_BODY = 0.2;

export function subtreeStats(
  blocks: readonly ScoredBlock[],
  stop: ElementNode,
): Map<ElementNode, SubtreeStats> {
  const stats = new Map<ElementNode, SubtreeStats>();
  const inNamedBody = makeNamedBodyTest(stop);
  for (const block of blocks) {
    const score =
      block.kind === "bad" && inNamedBody(block.owner) ? block.score * BAD_IN_NAMED_BODY : block.score;
    const prose = block.kind === "neutral" && (block.length >= 40 || countSentences(block.text) > 0);
    let current: ElementNode | null = block.owner;
    while (current) {
      let entry = stats.get(current);
      if (!entry) {
        entry = { score: 0, goodLength: 0, goodCount: 0, badLength: 0, proseLength: 0 };
        stats.set(current, entry);
      }
      entry.score += score;
      if (block.kind === "good") {
        entry.goodLength += block.length;
        entry.goodCount++;
      } else if (block.kind === "bad") entry.badLength += block.length;
      else if (prose) entry.proseLength += block.length;
      if (current === stop) break;
      current = current.parent;
    }
  }
  return stats;
}

function makeNamedBodyTest(stop: ElementNode): (element: ElementNode) => boolean {
  const memo = new Map<ElementNode, boolean>();
  const test = (element: ElementNode): boolean => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    const result =
      isNamedArticleBody(element) || (element !== stop && element.parent !== null && test(element.parent));
    memo.set(element, result);
    return result;
  };
  return test;
}

/** Content-hinted containers get a small bonus so that equal-scoring wrappers resolve sensibly. */
const HINT_BONUS = 1.05;

export function chooseContainer(stats: Map<ElementNode, SubtreeStats>, fallback: ElementNode): ElementNode {
  let best = fallback;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [element, entry] of stats) {
    if (entry.goodLength === 0) continue;
    const score = entry.score * (entry.score > 0 && hasContentHint(element) ? HINT_BONUS : 1);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return aboveTextBlocks(expandToSplitArticle(descendToTightest(best, stats), stats), fallback);
}

/**
 * Elements that hold one piece of text rather than an article: a paragraph, a list item, a
 * heading, a table row or cell. When one of them wins (a story with one long paragraph and many
 * short lines or table rows), the article is its enclosing element.
 */
const TEXT_LEVEL = new Set([
  "p",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "td",
  "th",
  "tr",
  "tbody",
  "thead",
  "table",
  "dt",
  "dd",
  "dl",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "figure",
  "caption",
  "span",
  "a",
  "b",
  "strong",
  "em",
  "i",
  "font",
  "small",
]);

function aboveTextBlocks(element: ElementNode, stop: ElementNode): ElementNode {
  let current = element;
  while (current !== stop && TEXT_LEVEL.has(current.tag) && current.parent !== null) current = current.parent;
  return current;
}

/** How far up (in levels) to look for the rest of an article split across siblings. */
const EXPANSION_LEVELS = 3;
/** The ancestor must add at least this much prose, relative to what we have... */
const MIN_PROSE_GAIN = 0.3;
/** ...and at most this many characters of link text per character of prose it adds. */
const MAX_LINKS_PER_PROSE = 3;

/**
 * Link-heavy articles (wikis, show notes) can make a single section out-score the whole body.
 * When an ancestor close by adds a lot of prose, and less link text than a sidebar would, the
 * article is bigger than the winning section: take the ancestor.
 */
function expandToSplitArticle(element: ElementNode, stats: Map<ElementNode, SubtreeStats>): ElementNode {
  let current = element;
  for (;;) {
    const own = stats.get(current);
    if (own === undefined) return current;
    let next: ElementNode | null = null;
    let ancestor = current.parent;
    for (let level = 0; level < EXPANSION_LEVELS && ancestor; level++, ancestor = ancestor.parent) {
      const entry = stats.get(ancestor);
      if (entry === undefined) continue;
      const proseGain = entry.goodLength - own.goodLength;
      const linkGain = entry.badLength - own.badLength;
      if (proseGain >= own.goodLength * MIN_PROSE_GAIN && linkGain <= proseGain * MAX_LINKS_PER_PROSE) {
        next = ancestor;
        break;
      }
    }
    if (next === null) return current;
    current = next;
  }
}

/** Wrappers around the same content score the same; the innermost one is the container. */
function descendToTightest(element: ElementNode, stats: Map<ElementNode, SubtreeStats>): ElementNode {
  let current = element;
  for (;;) {
    const own = stats.get(current);
    if (!own) return current;
    let next: ElementNode | null = null;
    for (const child of current.children) {
      if (child.kind !== "element") continue;
      const entry = stats.get(child);
      if (entry && entry.goodLength >= own.goodLength && entry.score >= own.score - 1e-9) {
        next = child;
        break;
      }
    }
    if (!next) return current;
    current = next;
  }
}
