// A deliberately small DOM built straight from htmlparser2 events. The extractor only needs
// tag names, attributes, children and parents; skipping a full DOM implementation (jsdom,
// linkedom) is what makes extraction several times faster than Readability.
import { Parser } from "htmlparser2";

export interface ElementNode {
  readonly kind: "element";
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  children: DomNode[];
  parent: ElementNode | null;
  /** Memo of content/hints.ts `nameTokens` (class and id tokens); null until first asked. */
  tokens: readonly string[] | null;
}

export interface TextNode {
  readonly kind: "text";
  value: string;
  parent: ElementNode;
}

export type DomNode = ElementNode | TextNode;

export interface ParsedDocument {
  /** Synthetic root above <html>; never null so walkers need no special case. */
  readonly root: ElementNode;
  /** Every element by tag name, in document order (collected while parsing, for cheap lookups). */
  readonly byTag: ReadonlyMap<string, readonly ElementNode[]>;
}

/** Tags whose elements we index while parsing: metadata and date hints live in these. */
const INDEXED_TAGS = new Set([
  "html",
  "head",
  "body",
  "title",
  "meta",
  "link",
  "script",
  "time",
  "h1",
  "h2",
  "article",
  "main",
  "abbr",
  "a",
]);

/**
 * Broken pages (thousands of unclosed <font> or <div> tags) would nest deeper than the recursive
 * walkers can follow. Below this depth, elements are attached flat to the deepest allowed parent.
 */
const MAX_DEPTH = 400;
const RAW_TEXT_TAGS = new Set(["script", "style", "template", "noscript", "textarea", "title"]);

export function parseHtml(html: string): ParsedDocument {
  const root: ElementNode = {
    kind: "element",
    tag: "#root",
    attrs: {},
    children: [],
    parent: null,
    tokens: null,
  };
  const byTag = new Map<string, ElementNode[]>();
  let current: ElementNode = root;
  let depth = 0;
  /** Tags of open elements that were attached flat instead of being descended into. */
  const flattened: string[] = [];
  /** How many of those hold raw text (script, style) that must not become page text. */
  let flattenedRaw = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: ElementNode = {
          kind: "element",
          tag: name,
          attrs: attribs,
          children: [],
          parent: current,
          tokens: null,
        };
        current.children.push(element);
        if (depth < MAX_DEPTH) {
          current = element;
          depth++;
        } else {
          flattened.push(name);
          if (RAW_TEXT_TAGS.has(name)) flattenedRaw++;
        }
        if (INDEXED_TAGS.has(name)) {
          const list = byTag.get(name);
          if (list) list.push(element);
          else byTag.set(name, [element]);
        }
      },
      onclosetag() {
        // htmlparser2 emits exactly one close event per opened element (implied ones included),
        // innermost first, so flattened elements are the first to close.
        const flat = flattened.pop();
        if (flat !== undefined) {
          if (RAW_TEXT_TAGS.has(flat)) flattenedRaw--;
        } else if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
      ontext(data) {
        if (flattenedRaw > 0) return;
        const last = current.children[current.children.length - 1];
        if (last !== undefined && last.kind === "text") last.value += data;
        else current.children.push({ kind: "text", value: data, parent: current });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  ensureBody(root, byTag);
  return { root, byTag };
}

/** Elements a browser keeps in <head>; anything else there starts the body. */
const HEAD_TAGS = new Set(["meta", "link", "title", "script", "style", "base", "noscript", "template"]);

function isBodyContent(node: DomNode): boolean {
  return node.kind === "text" ? node.value.trim() !== "" : !HEAD_TAGS.has(node.tag);
}

/**
 * htmlparser2 does not imply a <body>: without the tag, a page's text lands in <head> (when
 * <head> is left open) or directly under <html>. Browsers close the head at the first element or
 * text that does not belong there and open the body; this does the same after the fact, so the
 * extractor finds the article where a reader sees it.
 */
function ensureBody(root: ElementNode, byTag: Map<string, ElementNode[]>): void {
  if (byTag.has("body")) return;
  const container = byTag.get("html")?.[0] ?? root;
  const head = byTag.get("head")?.[0];
  const body: ElementNode = {
    kind: "element",
    tag: "body",
    attrs: {},
    children: [],
    parent: container,
    tokens: null,
  };
  const moved: DomNode[] = [];
  if (head !== undefined) {
    const first = head.children.findIndex(isBodyContent);
    if (first >= 0) moved.push(...head.children.splice(first));
  }
  const headIndex = head === undefined ? -1 : container.children.indexOf(head);
  const start = headIndex >= 0 ? headIndex + 1 : container.children.findIndex(isBodyContent);
  if (start >= 0) moved.push(...container.children.splice(start));
  for (const node of moved) node.parent = body;
  body.children = moved;
  container.children.push(body);
  byTag.set("body", [body]);
}
