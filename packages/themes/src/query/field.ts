// `title:` and `text:`: a field prefix restricts every term of what follows it to that field.
import type { LiteralNode, NearOperand, QueryNode } from "./ast.ts";
import { QuerySyntaxError } from "./errors.ts";
import type { QueryField } from "./foreign-syntax.ts";

interface Located {
  offset: number;
  length: number;
}

function literal(node: LiteralNode, field: QueryField, prefix: Located): LiteralNode {
  if (node.field && node.field !== field) {
    throw new QuerySyntaxError(
      prefix.offset,
      prefix.length,
      (at) =>
        `${field}: at ${at} contains a term restricted to ${node.field}:; a term is searched in one field or both`,
    );
  }
  return { ...node, field };
}

export function restrictToField(node: QueryNode, field: QueryField, prefix: Located): QueryNode {
  switch (node.kind) {
    case "literal":
      return literal(node, field, prefix);
    case "and":
    case "or":
      return { ...node, children: node.children.map((c) => restrictToField(c, field, prefix)) };
    case "not":
      return { ...node, child: restrictToField(node.child, field, prefix) };
    case "near":
      return {
        ...node,
        left: restrictToField(node.left, field, prefix) as NearOperand,
        right: restrictToField(node.right, field, prefix) as NearOperand,
      };
  }
}
