import type { QueryDiagnostic } from "@tidemark/themes/query";

/** Shows a definition with a caret under the error, like a compiler would. */
export function formatDiagnostic(definition: string, d: QueryDiagnostic): string {
  const line = definition.split("\n")[d.line - 1] ?? "";
  return `${d.message}\n  ${line}\n  ${" ".repeat(Math.max(0, d.column - 1))}${"^".repeat(Math.max(1, d.length))}`;
}
