// Streams an export as CSV or JSON: rows are pulled from the dataset only as fast as the client
// reads them, so even a million-article export never sits in memory.
import { logger } from "@tidemark/logger";
import { csvRow } from "./csv";
import { csvStampLine, type ExportMeta, stampHeaders } from "./stamp";
import type { ExportSource } from "./types";

export type ExportFormat = "csv" | "json";

export interface StreamOptions {
  /** CSV: start with a `#` comment line naming what produced the file (headers always do). */
  stamp?: boolean;
}

export function streamExport(
  source: ExportSource,
  meta: ExportMeta,
  format: ExportFormat,
  options: StreamOptions = {},
): Response {
  const encoder = new TextEncoder();
  const iterator = source.rows[Symbol.asyncIterator]();
  let started = false;
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          const head =
            format === "csv"
              ? (options.stamp ? csvStampLine(meta) : "") + csvRow(source.columns)
              : `{"meta":${JSON.stringify(meta)},"columns":${JSON.stringify(source.columns)},"rows":[\n`;
          controller.enqueue(encoder.encode(head));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          if (format === "json") controller.enqueue(encoder.encode("\n]}\n"));
          controller.close();
          return;
        }
        const row = next.value;
        const text =
          format === "csv"
            ? csvRow(source.columns.map((c) => row[c]))
            : `${first ? "" : ",\n"}${JSON.stringify(row)}`;
        first = false;
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        // Headers are gone already: the only honest signal left is a broken stream.
        logger.error({ err: error }, "export failed mid-stream");
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const date = meta.generatedAt.slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="tidemark-${meta.dataset}-${date}.${format}"`,
      "cache-control": "no-store",
      ...stampHeaders(meta),
    },
  });
}
