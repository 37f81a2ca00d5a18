// POST /api/imports (multipart): import a CSV or JSONL file, either as URLs to fetch (mode=urls)
// or as documents that carry their own text (mode=documents). Every line gets an outcome. Up to
// 25 MB (MAX_IMPORT_BYTES); larger uploads get a 413 naming the limit. The upload is kept in the
// import history under `importId`.
// GET /api/imports?page=N: the import history, newest first (10 a page), each with who added it,
// intake's outcome and its progress (articles by status; a rate and an ETA while it runs).
import { prisma } from "@tidemark/db";
import {
  detectFormat,
  IMPORT_PAGE_SIZE,
  importDocumentRecords,
  importUrlRecords,
  listImports,
  readRecords,
  recordImport,
  summarize,
} from "@tidemark/intake";
import { z } from "zod";
import { stripControlCharacters } from "@/lib/api/control-chars";
import { apiRoute } from "@/lib/api/route";
import { readImportForm } from "@/lib/articles/import-form";
import { singleParam } from "@/lib/search-params/schemas";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor" }, async ({ request, auth }) => {
  const { file, options } = await readImportForm(request);
  // NUL and other control characters cannot be stored; an uploaded file is cleaned, not refused.
  const content = stripControlCharacters(await file.text());
  const format = detectFormat(file.name, content);
  const records = readRecords(content, format);
  const producer = webProducer();
  const result =
    options.mode === "urls"
      ? await importUrlRecords(prisma, producer, records, options.urlField ?? "url")
      : await importDocumentRecords(
          prisma,
          producer,
          records,
          {
            text: options.textFields,
            ...(options.titleField ? { title: options.titleField } : {}),
            ...(options.dateField ? { date: options.dateField } : {}),
            ...(options.authorField ? { author: options.authorField } : {}),
            ...(options.urlField ? { url: options.urlField } : {}),
            ...(options.siteField ? { site: options.siteField } : {}),
          },
          `upload/${file.name}`,
        );
  const outcomes = result.lines.map((l) => l.outcome);
  const importId = await recordImport(prisma, {
    kind: "file",
    userId: auth.user.id,
    fileName: file.name,
    format,
    mode: options.mode,
    outcomes,
  });
  return {
    importId,
    file: { name: file.name, format, records: records.length },
    summary: summarize(outcomes),
    lines: result.lines,
    ...(result.queueWarning ? { queueWarning: result.queueWarning } : {}),
  };
});

const historyQuery = z.object({
  page: singleParam(z.coerce.number().int().min(1).max(100_000).default(1)),
});

export const GET = apiRoute({ role: "viewer", query: historyQuery }, async ({ query }) => {
  const page = await listImports(prisma, { page: query.page });
  return { imports: page.entries, page: { size: IMPORT_PAGE_SIZE, prev: page.prev, next: page.next } };
});
