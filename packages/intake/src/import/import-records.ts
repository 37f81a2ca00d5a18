// Importing records: URL mode (each record names a URL to fetch) or document mode (each record
// carries its own text, e.g. a corpus export). Sent in chunks; every line gets an outcome.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { isoDateHint } from "../hints.ts";
import type { IntakeOutcome } from "../results.ts";
import { type SubmittedDocument, submitDocuments } from "../submit-documents.ts";
import { submitUrls } from "../submit-urls.ts";
import { type RecordLine, textField } from "./read-records.ts";

export interface DocumentFields {
  /** One or more fields whose values, joined by blank lines, are the article text. */
  text: string[];
  title?: string;
  date?: string;
  author?: string;
  url?: string;
  site?: string;
}

export interface LineOutcome {
  line: number;
  outcome: IntakeOutcome;
}

export interface ImportResult {
  lines: LineOutcome[];
  queueWarning?: string;
}

const CHUNK = 1_000;

export async function importUrlRecords(
  db: Db,
  producer: Producer,
  lines: readonly RecordLine[],
  urlField = "url",
): Promise<ImportResult> {
  const result: ImportResult = { lines: [] };
  const pending: { line: number; url: string }[] = [];
  for (const { line, record, error } of lines) {
    const url = record ? textField(record, urlField) : undefined;
    if (url) pending.push({ line, url });
    else
      result.lines.push({
        line,
        outcome: { input: `line ${line}`, outcome: "invalid", reason: error ?? `No "${urlField}" field.` },
      });
  }
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const submitted = await submitUrls(
      db,
      producer,
      chunk.map((c) => c.url),
    );
    submitted.outcomes.forEach((outcome, k) => {
      result.lines.push({ line: chunk[k]?.line ?? 0, outcome });
    });
    if (submitted.queueWarning) result.queueWarning = submitted.queueWarning;
  }
  result.lines.sort((a, b) => a.line - b.line);
  return result;
}

export async function importDocumentRecords(
  db: Db,
  producer: Producer,
  lines: readonly RecordLine[],
  fields: DocumentFields,
  fileKey: string,
): Promise<ImportResult> {
  const result: ImportResult = { lines: [] };
  const pending: { line: number; doc: SubmittedDocument }[] = [];
  for (const { line, record, error } of lines) {
    const text = record
      ? fields.text
          .map((f) => textField(record, f))
          .filter(Boolean)
          .join("\n\n")
      : "";
    if (!record || text === "") {
      const reason =
        error ?? `No text in field${fields.text.length > 1 ? "s" : ""} ${fields.text.join(", ")}.`;
      result.lines.push({ line, outcome: { input: `line ${line}`, outcome: "invalid", reason } });
      continue;
    }
    const title = fields.title ? textField(record, fields.title) : undefined;
    const date = fields.date ? textField(record, fields.date) : undefined;
    pending.push({
      line,
      doc: {
        key: `${fileKey}#${line}`,
        // A title field becomes the first paragraph, so the document reads like an article.
        content: title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
        format: "text",
        url: fields.url ? (textField(record, fields.url) ?? null) : null,
        hints: {
          title: title ?? null,
          publishedAt: isoDateHint(date),
          byline: fields.author ? (textField(record, fields.author) ?? null) : null,
          siteName: fields.site ? (textField(record, fields.site) ?? null) : null,
        },
      },
    });
  }
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const submitted = await submitDocuments(
      db,
      producer,
      chunk.map((c) => c.doc),
    );
    submitted.outcomes.forEach((outcome, k) => {
      result.lines.push({ line: chunk[k]?.line ?? 0, outcome });
    });
    if (submitted.queueWarning) result.queueWarning = submitted.queueWarning;
  }
  result.lines.sort((a, b) => a.line - b.line);
  return result;
}
