// Checks on a parsed query that go beyond the grammar: what NEAR may measure between, and that
// a query looks for something rather than only excluding words (which would match almost
// every article).
import { type NearOperand, type QueryNode, requiresPositive } from "./ast.ts";
import { QuerySyntaxError } from "./errors.ts";

export function nearOperand(node: QueryNode): NearOperand {
  if (node.kind === "literal") return node;
  if (node.kind === "or" && node.children.every((child) => child.kind === "literal")) {
    return node as NearOperand;
  }
  throw new QuerySyntaxError(
    node.offset,
    node.length,
    (at) =>
      `NEAR only works between words, phrases, wildcards or OR-groups of them (at ${at}), e.g. (huawei OR zte) NEAR/10 ban`,
  );
}

export function checkPositive(node: QueryNode): void {
  if (requiresPositive(node)) return;
  if (node.kind === "or") {
    const culprit = node.children.find((child) => !requiresPositive(child)) ?? node;
    throw new QuerySyntaxError(
      culprit.offset,
      culprit.length,
      (at) =>
        `The OR alternative at ${at} only excludes words, so the query would match almost every article; give it a word to look for`,
    );
  }
  throw new QuerySyntaxError(
    node.offset,
    node.length,
    (at) =>
      `The query only excludes words (NOT …, at ${at}), so it would match almost every article; add a word to look for`,
  );
}
