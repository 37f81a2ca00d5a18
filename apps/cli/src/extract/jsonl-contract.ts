// The JSON Lines contract of `tidemark extract --input FILE`: one line in, one line out, same
// order; a failing line yields {"id","error"} for that line alone.
import { ExtractionError } from "@tidemark/ingest/extract";
import { z } from "zod";
import type { ExtractionOutput } from "./extract-one.ts";

export const inputLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    file: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
  })
  .refine((l) => l.file || l.url, { message: "each line needs a file or a url" });

export type InputLine = z.infer<typeof inputLineSchema>;

export function outputLine(id: string | number, article: ExtractionOutput): string {
  return JSON.stringify({
    id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    authors: article.authors,
    publishedAt: article.publishedAt,
    publishedAtSource: article.publishedAtSource,
    publishedAtIsModified: article.publishedAtIsModified,
    modifiedAt: article.modifiedAt,
    modifiedAtSource: article.modifiedAtSource,
    language: article.language,
    siteName: article.siteName,
    text: article.text,
    wordCount: article.wordCount,
  });
}

/** Extraction refusals add their code ("not_html" for a binary file); other errors give a message. */
export function errorLine(id: string | number | null, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ExtractionError) return JSON.stringify({ id, error: message, code: error.code });
  return JSON.stringify({ id, error: message });
}
