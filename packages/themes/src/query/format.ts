// Canonical text form of a query: normalised (case-folded) words, explicit upper-case
// operators, implicit AND written out, parentheses only where precedence needs them. Two
// definitions that mean the same thing up to spacing, case, quoting and redundant parentheses
// format identically, and `parseQuery(formatQuery(ast))` gives back an equivalent AST.
import type { LiteralNode, QueryNode } from "./ast.ts";

const PRECEDENCE = { or: 1, and: 2, near: 3, not: 4, literal: 5 } as const;

/** A literal as text: `huawei`, `regulat*`, `"national security"`, `字节跳动`. */
export function formatLiteral(node: LiteralNode): string {
  let text = "";
  let previous: LiteralNode["words"][number] | undefined;
  for (const word of node.words) {
    // Characters of unsegmented scripts need no space: 字节跳动 is four adjacent tokens either way.
    // After a wildcard a space is required, since `*` must end its word.
    if (previous && (previous.prefix || (!previous.unsegmented && !word.unsegmented))) text += " ";
    text += word.text + (word.prefix ? "*" : "");
    previous = word;
  }
  return text.includes(" ") ? `"${text}"` : text;
}

function format(node: QueryNode, context: number): string {
  const own = PRECEDENCE[node.kind];
  let text: string;
  switch (node.kind) {
    case "literal":
      return `${node.field ? `${node.field}:` : ""}${formatLiteral(node)}`;
    case "and":
      text = node.children.map((child) => format(child, PRECEDENCE.and + 1)).join(" AND ");
      break;
    case "or":
      text = node.children.map((child) => format(child, PRECEDENCE.or + 1)).join(" OR ");
      break;
    case "not":
      text = `NOT ${format(node.child, PRECEDENCE.not)}`;
      break;
    case "near":
      text = `${format(node.left, PRECEDENCE.near + 1)} NEAR/${node.distance} ${format(node.right, PRECEDENCE.near + 1)}`;
      break;
  }
  return own < context ? `(${text})` : text;
}

export function formatQuery(ast: QueryNode): string {
  return format(ast, 0);
}
