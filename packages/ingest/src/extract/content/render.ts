// Turns the chosen container back into text: its blocks in document order, minus link-heavy
// blocks, minus whole clusters of boilerplate the container happened to include, and minus short
// lines whose neighbourhood is boilerplate (a "Related stories" heading above a link list).
import type { ElementNode } from "../dom/tree.ts";
import { comparable } from "../text/normalize.ts";
import { isConsentPlaceholder, isFurnitureLine } from "./line-filters.ts";
import type { BlockKind, ScoredBlock, SubtreeStats } from "./score.ts";
import { trimFurniture } from "./tail-furniture.ts";

/**
 * A subtree with no prose and at least this much link text is a link cluster (related stories,
 * a tag list, a "more from" box), even if a few of its lines are not links.
 */
const CLUSTER_MIN_BAD = 40;

export interface RenderInput {
  readonly container: ElementNode;
  readonly blocks: readonly ScoredBlock[];
  readonly stats: ReadonlyMap<ElementNode, SubtreeStats>;
  /** The cleaned title: a heading repeating it is not body text. */
  readonly title: string | null;
  /** The heading carrying the title, when found: prose between it and the container is the lead. */
  readonly titleHeading: ElementNode | null;
}

/** How many blocks before the container may still be the article's lead paragraph. */
const LEAD_WINDOW = 6;

export function renderContainer(input: RenderInput): string {
  const { container, stats } = input;
  const titleKey = input.title === null ? null : comparable(input.title);
  const inside = input.blocks.filter(
    (block) => block.owner === container || isDescendant(block.owner, container),
  );
  // Blocks in link clusters count as bad for the neighbourhood test below.
  const kinds: BlockKind[] = inside.map((block) =>
    block.kind === "good" || !inLinkCluster(block.owner, container, stats) ? block.kind : "bad",
  );
  const paragraphs: string[] = leadParagraphs(input);
  // How many of the paragraphs at the end are headings, so far.
  let trailingHeadings = 0;
  inside.forEach((block, index) => {
    const kind = kinds[index];
    if (kind === "bad") return;
    if (kind === "neutral" && !neutralBelongs(kinds, index, isHeading(block.owner), block.text)) return;
    if (titleKey !== null && isHeading(block.owner) && comparable(block.text) === titleKey) return;
    if (kind === "neutral" || block.length <= 160) {
      if (isFurnitureLine(block.text)) return;
    }
    if (isConsentPlaceholder(block.text)) return;
    paragraphs.push(block.text);
    trailingHeadings = isHeading(block.owner) ? trailingHeadings + 1 : 0;
  });
  // Headings with nothing after them head a box that was removed ("Tags", "More videos").
  if (trailingHeadings < paragraphs.length) paragraphs.length -= trailingHeadings;
  return trimFurniture(paragraphs).join("\n\n");
}

/**
 * A standfirst often sits between the headline and the body container, in a header of its own.
 * Prose blocks found there (not links, not bylines) belong to the article.
 */
function leadParagraphs(input: RenderInput): string[] {
  const { blocks, container, titleHeading } = input;
  if (titleHeading === null) return [];
  const first = blocks.findIndex(
    (block) => block.owner === container || isDescendant(block.owner, container),
  );
  let title = -1;
  for (let i = 0; i < first; i++) {
    const owner = blocks[i]?.owner;
    if (owner !== undefined && (owner === titleHeading || isDescendant(owner, titleHeading))) title = i;
  }
  if (title < 0) return [];
  return blocks
    .slice(Math.max(title + 1, first - LEAD_WINDOW), first)
    .filter((block) => block.kind === "good" && !isFurnitureLine(block.text))
    .map((block) => block.text);
}

/**
 * jusText-style context for short lines: a heading belongs to the article when prose follows it
 * before any link block does; another short line belongs when prose is its nearest decided
 * neighbour on at least one side.
 */
function neutralBelongs(kinds: readonly BlockKind[], index: number, heading: boolean, text: string): boolean {
  const next = nearestDecided(kinds, index, 1);
  if (heading) return next !== "bad";
  // A label that introduces a link list ("Read more:", "Related") goes with the list.
  if (kinds[index + 1] === "bad" && isListLabel(text)) return false;
  const previous = nearestDecided(kinds, index, -1);
  return previous === "good" || next === "good" || (previous === "edge" && next === "edge");
}

function isListLabel(text: string): boolean {
  return /[:：]\s*$/.test(text) || (text.length <= 30 && !/[\d.!?。！？\t]/.test(text));
}

function nearestDecided(kinds: readonly BlockKind[], index: number, step: 1 | -1): BlockKind | "edge" {
  for (let i = index + step; i >= 0 && i < kinds.length; i += step) {
    const kind = kinds[i];
    if (kind !== undefined && kind !== "neutral") return kind;
  }
  return "edge";
}

function isHeading(element: ElementNode): boolean {
  return /^h[1-6]$/.test(element.tag);
}

function isDescendant(element: ElementNode, ancestor: ElementNode): boolean {
  let current = element.parent;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}

function inLinkCluster(
  owner: ElementNode,
  container: ElementNode,
  stats: ReadonlyMap<ElementNode, SubtreeStats>,
): boolean {
  let current: ElementNode | null = owner;
  while (current && current !== container) {
    const entry = stats.get(current);
    if (entry && entry.goodLength === 0 && entry.badLength >= CLUSTER_MIN_BAD) return true;
    current = current.parent;
  }
  return false;
}
