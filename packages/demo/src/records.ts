// A demo record (one JSON line) as a document for the file intake: headline and description as
// the text, the record's own date, byline and address as hints. Nothing is invented: a record
// without a date is filed undated.
import { isoDateHint, type SubmittedDocument } from "@tidemark/intake";
import type { DemoManifest } from "./manifest.ts";
import { DemoCorpusError } from "./manifest.ts";

/** The file path every article of a demo corpus is filed under (the prefix removal looks for). */
export function demoKeyPrefix(manifest: Pick<DemoManifest, "name">): string {
  return `demo/${manifest.name}#`;
}

function field(record: Record<string, unknown>, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const value = record[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function demoDocument(manifest: DemoManifest, line: string, lineNumber: number): SubmittedDocument {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new DemoCorpusError(`Demo record ${lineNumber} is not JSON: ${(error as Error).message}`);
  }
  if (typeof record !== "object" || record === null || Array.isArray(record))
    throw new DemoCorpusError(`Demo record ${lineNumber} is not a JSON object.`);
  const r = record as Record<string, unknown>;
  const title = field(r, manifest.fields.title);
  const text = manifest.fields.text.map((name) => field(r, name)).filter((t): t is string => Boolean(t));
  if (text.length === 0) throw new DemoCorpusError(`Demo record ${lineNumber} has no text.`);
  const body = text.join("\n\n");
  return {
    key: `${demoKeyPrefix(manifest)}${lineNumber}`,
    content: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
    format: "text",
    url: field(r, manifest.fields.url) ?? null,
    hints: {
      title: title ?? null,
      publishedAt: isoDateHint(field(r, manifest.fields.date)),
      byline: field(r, manifest.fields.author) ?? null,
      siteName: manifest.siteName,
      publishedAtSource: "manifest",
    },
  };
}
