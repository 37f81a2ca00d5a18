// Reading an import file (JSON Lines or CSV with a header row) into records, line by line, so a
// bad line is reported with its number and never stops the good ones.
import { parse as parseCsv } from "csv-parse/sync";

export type ImportFormat = "jsonl" | "csv";

export type ImportRecord = Record<string, unknown>;

export interface RecordLine {
  /** 1-based line (JSONL) or record (CSV, counting the header as 1) number. */
  line: number;
  record?: ImportRecord;
  error?: string;
}

export function detectFormat(fileName: string, content: string): ImportFormat {
  if (/\.csv$/i.test(fileName)) return "csv";
  if (/\.(jsonl|ndjson|json)$/i.test(fileName)) return "jsonl";
  return content.trimStart().startsWith("{") ? "jsonl" : "csv";
}

export function readRecords(content: string, format: ImportFormat): RecordLine[] {
  return format === "csv" ? readCsv(content) : readJsonLines(content);
}

function readJsonLines(content: string): RecordLine[] {
  const out: RecordLine[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text === "") return;
    const line = index + 1;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        out.push({ line, error: 'Each line must be a JSON object, like {"url": "https://…"}.' });
      } else {
        out.push({ line, record: value as ImportRecord });
      }
    } catch (error) {
      out.push({ line, error: `Not valid JSON: ${(error as Error).message}` });
    }
  });
  return out;
}

function readCsv(content: string): RecordLine[] {
  let rows: ImportRecord[];
  try {
    rows = parseCsv(content.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as ImportRecord[];
  } catch (error) {
    return [{ line: 1, error: `This is not a readable CSV file: ${(error as Error).message}` }];
  }
  return rows.map((record, index) => ({ line: index + 2, record }));
}

/** A field as text: strings trimmed, numbers kept, empty as undefined. */
export function textField(record: ImportRecord, name: string): string | undefined {
  const value = record[name.toLowerCase()] ?? record[name];
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string").join(", ") || undefined;
  return undefined;
}
