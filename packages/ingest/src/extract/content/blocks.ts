// Cuts the page into text blocks: runs of inline text between block-level boundaries, each
// attributed to its nearest block-level element. Blocks are the unit that is scored and emitted.
import type { ElementNode } from "../dom/tree.ts";
import { effectiveLength } from "../text/measure.ts";

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

export interface TextBlock {
  /** Nearest block-level ancestor of the text. */
  readonly owner: ElementNode;
  /** Whitespace collapsed; "\n" where the page had <br>. */
  readonly text: string;
  /** Length with CJK characters weighted up (see text/measure.ts). */
  readonly length: number;
  /** Part of `length` that sits inside links. */
  readonly linkLength: number;
  /** True when inside <pre>: whitespace is kept as written. */
  readonly preformatted: boolean;
}

interface Cursor {
  owner: ElementNode;
  /** Finished lines of the current block (a <br> ends a line). */
  lines: string[];
  /** Text of the line being built. */
  parts: string[];
  linkParts: string[];
  preformatted: boolean;
}

/** Marks a cell boundary inside a data-table row; rendered as a tab. */
const CELL = "\ufdd0";

/**
 * Cuts a subtree into blocks, each turned into a `T` by `make` (classification). Segmenting the
 * same page again with more subtrees pruned yields mostly the same blocks: a segmenter remembers
 * the blocks it made (by owner and raw text) and reuses them instead of redoing the text work.
 */
export class BlockSegmenter<T extends TextBlock> {
  readonly #make: (block: TextBlock) => T;
  readonly #made = new Map<ElementNode, Map<string, T | null>>();

  constructor(make: (block: TextBlock) => T) {
    this.#make = make;
  }

  segment(root: ElementNode, pruned: ReadonlySet<ElementNode>): T[] {
    const blocks: T[] = [];
    const cursor: Cursor = { owner: root, lines: [], parts: [], linkParts: [], preformatted: false };
    const emit = (cursor: Cursor): void => this.#flush(cursor, blocks);
    walk(root, false, false, cursor, pruned, emit);
    emit(cursor);
    return blocks;
  }

  #flush(cursor: Cursor, blocks: T[]): void {
    if (cursor.parts.length === 0 && cursor.lines.length === 0) return;
    cursor.lines.push(cursor.parts.join(""));
    const raw = cursor.lines.length === 1 ? (cursor.lines[0] ?? "") : cursor.lines.join(LINE_KEY);
    const links = cursor.linkParts.length === 0 ? "" : cursor.linkParts.join("");
    const preformatted = cursor.preformatted;
    cursor.lines = [];
    cursor.parts = [];
    cursor.linkParts = [];
    // Whitespace between block elements: no block, and the commonest case by far.
    if (!preformatted && !NON_SPACE.test(raw)) return;
    const key = preformatted ? `p${raw}${LINE_KEY}${links}` : `${raw}${LINE_KEY}${links}`;
    let known = this.#made.get(cursor.owner);
    if (known === undefined) {
      known = new Map();
      this.#made.set(cursor.owner, known);
    }
    let block = known.get(key);
    if (block === undefined) {
      const made = makeBlock(cursor.owner, raw, links, preformatted);
      block = made === null ? null : this.#make(made);
      known.set(key, block);
    }
    if (block !== null) blocks.push(block);
  }
}

const NON_SPACE = /\S/;

/** Joins the lines of one block (and its link text) in the cache key; a noncharacter. */
const LINE_KEY = "\ufdd1";

function walk(
  element: ElementNode,
  inLink: boolean,
  inDataTable: boolean,
  cursor: Cursor,
  pruned: ReadonlySet<ElementNode>,
  flush: (cursor: Cursor) => void,
): void {
  for (const child of element.children) {
    if (child.kind === "text") {
      cursor.parts.push(child.value);
      if (inLink) cursor.linkParts.push(child.value);
      continue;
    }
    if (pruned.has(child)) continue;
    const tag = child.tag;
    if (tag === "br") {
      // "\n" in the source is plain whitespace; <br> is a real line break.
      cursor.lines.push(cursor.parts.join(""));
      cursor.parts = [];
      continue;
    }
    if (inDataTable && (tag === "td" || tag === "th")) {
      // A data table's row is one block, its cells separated: "Acme	123.4	+12%".
      cursor.parts.push(CELL);
      walk(child, inLink, true, cursor, pruned, flush);
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) {
      walk(child, inLink || tag === "a", inDataTable, cursor, pruned, flush);
      continue;
    }
    flush(cursor);
    const outerOwner = cursor.owner;
    const outerPre = cursor.preformatted;
    cursor.owner = child;
    cursor.preformatted = outerPre || tag === "pre";
    walk(child, inLink, tag === "table" ? isDataTable(child) : inDataTable, cursor, pruned, flush);
    flush(cursor);
    cursor.owner = outerOwner;
    cursor.preformatted = outerPre;
  }
}

function makeBlock(owner: ElementNode, raw: string, links: string, preformatted: boolean): TextBlock | null {
  const lines = raw.split(LINE_KEY);
  const text = preformatted ? trimBlankLines(lines.join("\n")) : collapseLines(lines);
  if (text === "") return null;
  return {
    owner,
    text,
    length: effectiveLength(text),
    linkLength: links === "" ? 0 : effectiveLength(links),
    preformatted,
  };
}

const WHITESPACE = /\s+/g;
const CELL_RUN = /\s*\ufdd0[\s\ufdd0]*/g;
const EDGE_TABS = /^\t+|\t+$/g;

/** Collapses source whitespace inside each line; empty lines (double <br>) disappear. */
function collapseLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) {
    let text = line.replace(WHITESPACE, " ");
    if (text.includes(CELL)) text = text.replace(CELL_RUN, "\t").replace(EDGE_TABS, "");
    text = text.trim();
    if (text === "") continue;
    out = out === "" ? text : `${out}\n${text}`;
  }
  return out;
}

/** Tags that make a table a layout grid rather than data when found inside a cell. */
const LAYOUT_IN_CELL = new Set([
  "p",
  "div",
  "table",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "article",
  "section",
  "blockquote",
  "form",
  "nav",
]);
/** A cell holding more text than this is a page column, not a value. */
const MAX_CELL_TEXT = 400;

/**
 * Rows of values (earnings tables, rate lists, results): no block markup in the cells and no
 * cell long enough to be a page column. Such rows are rendered as text rows; layout tables are
 * walked like any other block structure.
 */
function isDataTable(table: ElementNode): boolean {
  const memo = dataTables.get(table);
  if (memo !== undefined) return memo;
  let result = true;
  const visit = (element: ElementNode, inCell: boolean): number => {
    let length = 0;
    for (const child of element.children) {
      if (!result) return length;
      if (child.kind === "text") {
        length += child.value.trim().length;
        continue;
      }
      if (LAYOUT_IN_CELL.has(child.tag)) {
        result = false;
        return length;
      }
      const cell = child.tag === "td" || child.tag === "th";
      const inner = visit(child, inCell || cell);
      if (cell && inner > MAX_CELL_TEXT) result = false;
      length += inner;
    }
    return length;
  };
  visit(table, false);
  dataTables.set(table, result);
  return result;
}

const dataTables = new WeakMap<ElementNode, boolean>();

function trimBlankLines(raw: string): string {
  return raw.replace(/^\s*\n/, "").replace(/\s+$/, "");
}
