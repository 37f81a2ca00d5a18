import type { QueryField } from "./foreign-syntax.ts";

// The parsed form of a theme query. Plain JSON-serialisable objects, so an AST can be stored,
// sent to a browser or compared in tests. `offset`/`length` locate a node in the source text.

/** One word of a literal, already normalised (NFKC, case-folded). */
export interface WordPattern {
  text: string;
  /** Trailing `*`: matches any word starting with `text`. */
  prefix: boolean;
  /** A single character of a script without spaces (CJK, Thai …). */
  unsegmented: boolean;
}

interface Located {
  offset: number;
  length: number;
}

/**
 * A word, a phrase or a hyphenated/CJK term: a sequence of words that must appear adjacently.
 * A bare `huawei` has one word, `anti-china` and `"national security"` have two, `字节跳动` four.
 */
export interface LiteralNode extends Located {
  kind: "literal";
  words: WordPattern[];
  /** Whether the literal was written in quotes. */
  quoted: boolean;
  /** The literal exactly as written (without quotes). */
  raw: string;
  /** `title:`/`text:` — only this field is searched (absent: both). */
  field?: QueryField;
}

export interface AndNode extends Located {
  kind: "and";
  children: QueryNode[];
}

export interface OrNode extends Located {
  kind: "or";
  children: QueryNode[];
}

export interface NotNode extends Located {
  kind: "not";
  child: QueryNode;
}

/** A literal, or a parenthesised OR of literals: what NEAR can measure a distance between. */
export type NearOperand = LiteralNode | (OrNode & { children: LiteralNode[] });

export interface NearNode extends Located {
  kind: "near";
  /** Maximum distance in word positions (1 = adjacent). */
  distance: number;
  left: NearOperand;
  right: NearOperand;
}

export type QueryNode = LiteralNode | AndNode | OrNode | NotNode | NearNode;

export const MAX_NEAR_DISTANCE = 200;
export const MIN_PREFIX_LENGTH = 2;
export const MAX_QUERY_LENGTH = 10_000;
export const MAX_NESTING = 64;

/** True when the node can only be satisfied by finding something (not just by absence). */
export function requiresPositive(node: QueryNode): boolean {
  switch (node.kind) {
    case "literal":
    case "near":
      return true;
    case "not":
      return false;
    case "and":
      return node.children.some(requiresPositive);
    case "or":
      return node.children.every(requiresPositive);
  }
}

/** Literal nodes that count as hits (not under a NOT), in query order. */
export function positiveLiterals(node: QueryNode, out: LiteralNode[] = []): LiteralNode[] {
  switch (node.kind) {
    case "literal":
      out.push(node);
      break;
    case "not":
      break;
    case "and":
    case "or":
      for (const child of node.children) positiveLiterals(child, out);
      break;
    case "near":
      positiveLiterals(node.left, out);
      positiveLiterals(node.right, out);
      break;
  }
  return out;
}
