// POST /api/imports (multipart): import a CSV or JSONL file, either as URLs to fetch (mode=urls)
// or as documents that carry their own text (mode=documents). Every line gets an outcome. Up to
// 25 MB (MAX_IMPORT_BYTES); larger uploads get a 413 naming the limit.
import { prisma } from "@tidemark/db";
import {
  detectFormat,
  importDocumentRecords,
  importUrlRecords,
  readRecords,
  summarize,
} from "@tidemark/intake";
import { stripControlCharacters } from "@/lib/api/control-chars";
import { apiRoute } from "@/lib/api/route";
import { readImportForm } from "@/lib/articles/import-form";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({ role: "editor" }, async ({ request }) => {
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
  return {
    file: { name: file.name, format, records: records.length },
    summary: summarize(result.lines.map((l) => l.outcome)),
    lines: result.lines,
    ...(result.queueWarning ? { queueWarning: result.queueWarning } : {}),
  };
});
