// Positioned diagnostics for query definitions. Analysts edit queries in a text box, so every
// message names the column (and the line, for multi-line definitions) it is about.

export interface QueryDiagnostic {
  /** Plain-language message, including where the problem is ("… at column 14"). */
  message: string;
  /** 0-based UTF-16 offset into the query source. */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** 1-based column within the line, in UTF-16 units (as editors such as Monaco count). */
  column: number;
  /** Length of the offending text (0 at the end of the query). */
  length: number;
}

export interface SourcePosition {
  line: number;
  column: number;
}

export function positionOf(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** "column 14", or "line 2, column 5" when the query has several lines. */
export function describePosition(source: string, offset: number): string {
  const { line, column } = positionOf(source, offset);
  return source.includes("\n") ? `line ${line}, column ${column}` : `column ${column}`;
}

/** A message template receives the position description ("column 14"). */
export type MessageTemplate = (where: string) => string;

export function diagnostic(
  source: string,
  offset: number,
  length: number,
  template: MessageTemplate,
): QueryDiagnostic {
  const { line, column } = positionOf(source, offset);
  return { message: template(describePosition(source, offset)), offset, line, column, length };
}

/**
 * Thrown inside the lexer/parser only, and always caught by `parseQuery`, which turns it into an
 * `{ ok: false }` result; user input never makes the public API throw.
 */
export class QuerySyntaxError extends Error {
  readonly offset: number;
  readonly length: number;
  readonly template: MessageTemplate;

  constructor(offset: number, length: number, template: MessageTemplate) {
    super(template(`offset ${offset}`));
    this.name = "QuerySyntaxError";
    this.offset = offset;
    this.length = length;
    this.template = template;
  }
}
