// The JSON Lines contract of `tidemark extract --input FILE`: one line in, one line out, same
// order; a failing line yields {"id","error"} for that line alone.
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
    publishedAt: article.publishedAt,
    publishedAtSource: article.publishedAtSource,
    language: article.language,
    siteName: article.siteName,
    text: article.text,
    wordCount: article.wordCount,
  });
}

export function errorLine(id: string | number | null, error: unknown): string {
  return JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) });
}
