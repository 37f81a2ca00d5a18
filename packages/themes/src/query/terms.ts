// The words and phrases a query looks for, for highlighting in the UI and for documentation.
import { positiveLiterals, type QueryNode } from "./ast.ts";
import { formatLiteral } from "./format.ts";

/**
 * Canonical form of every literal outside NOT, deduplicated, in query order:
 * `huawei NOT phone OR "national security"` → ["huawei", "\"national security\""].
 */
export function positiveTerms(ast: QueryNode): string[] {
  return [...new Set(positiveLiterals(ast).map(formatLiteral))];
}
