// Importing a JSONL corpus of documents (text, title, date, site) through the API, as the Add
// page's file import does, then waiting until the worker has extracted and tagged all of it.
import type { APIRequestContext } from "@playwright/test";
import { waitForWorkerIdle } from "./session";

export async function importDocuments(
  request: APIRequestContext,
  csrf: string,
  file: { name: string; jsonl: string },
): Promise<void> {
  const response = await request.post("/api/imports", {
    headers: { "x-csrf-token": csrf },
    multipart: {
      file: { name: file.name, mimeType: "application/x-ndjson", buffer: Buffer.from(file.jsonl) },
      mode: "documents",
      textFields: "text",
      titleField: "title",
      dateField: "date",
      siteField: "site",
    },
  });
  if (response.status() !== 200)
    throw new Error(`import of ${file.name} failed: ${response.status()} ${await response.text()}`);
  await waitForWorkerIdle(request);
}
