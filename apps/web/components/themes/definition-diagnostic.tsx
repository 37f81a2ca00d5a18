// A definition problem shown where it is: the offending line with the span underlined and the
// parser's message ("Expected a term after OR at column 14").
export interface Diagnostic {
  message: string;
  offset: number;
  line: number;
  column: number;
  length: number;
}

export function DefinitionDiagnostic({
  source,
  diagnostic,
  tone,
  id,
}: {
  source: string;
  diagnostic: Diagnostic;
  tone: "error" | "warning";
  id?: string;
}) {
  const line = source.split("\n")[diagnostic.line - 1] ?? "";
  const pad = " ".repeat(Math.max(0, diagnostic.column - 1));
  const marker = "^".repeat(
    Math.max(1, Math.min(diagnostic.length, Math.max(1, line.length - diagnostic.column + 1))),
  );
  const colors =
    tone === "error"
      ? "border-red-200 bg-red-50 text-red-800"
      : "border-amber-200 bg-amber-50 text-amber-900";
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${colors}`}
    >
      <p className="font-medium">
        {tone === "error" ? "Syntax error" : "Warning"} at line {diagnostic.line}, column {diagnostic.column}
      </p>
      <p>{diagnostic.message}</p>
      {line && (
        <pre className="mt-1 overflow-x-auto font-mono text-xs leading-5" aria-hidden="true">
          {line}
          {"\n"}
          <span className="font-bold">
            {pad}
            {marker}
          </span>
        </pre>
      )}
    </div>
  );
}
