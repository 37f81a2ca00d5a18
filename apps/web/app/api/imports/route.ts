// POST /api/imports (multipart): import a CSV or JSONL file, either as URLs to fetch (mode=urls)
// or as documents that carry their own text (mode=documents). Every line gets an outcome.
import { prisma } from "@tidemark/db";
import {
  detectFormat,
  importDocumentRecords,
  importUrlRecords,
  readRecords,
  summarize,
} from "@tidemark/intake";
import { apiRoute } from "@/lib/api/route";
import { readImportForm } from "@/lib/articles/import-form";
import { webProducer } from "@/lib/server/queue";

export const POST = apiRoute({}, async ({ request }) => {
  const { file, options } = await readImportForm(request);
  const content = await file.text();
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
