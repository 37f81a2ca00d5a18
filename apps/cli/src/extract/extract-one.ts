// One extraction for the CLI: a saved HTML or text file, or a URL fetched through the same safe
// fetcher the worker uses. No database or queue is involved.
import { readFile } from "node:fs/promises";
import { extractPlainText } from "@tidemark/ingest/documents";
import { decodeHtmlBytes, type ExtractedArticle, extractArticle } from "@tidemark/ingest/extract";
import type { Fetcher } from "@tidemark/ingest/fetch";

export interface ExtractInput {
  /** A file path (resolved already) or null when only a URL is given. */
  file: string | null;
  /** The page's URL: fetched when there is no file, else used to resolve links and dates. */
  url: string | null;
}

export interface ExtractionOutput extends ExtractedArticle {
  url: string | null;
}

const TEXT_FILE = /\.(txt|text|md)$/i;

export async function extractOne(
  input: ExtractInput,
  getFetcher: () => Promise<Fetcher>,
): Promise<ExtractionOutput> {
  if (input.file) {
    const bytes = await readFile(input.file);
    const article = TEXT_FILE.test(input.file)
      ? extractPlainText(bytes.toString("utf8"))
      : extractArticle(decodeHtmlBytes(bytes), input.url ? { url: input.url } : {});
    return { ...article, url: input.url };
  }
  if (!input.url) throw new Error("Give a file or a url.");
  const page = await (await getFetcher()).fetchPage(input.url);
  return { ...extractArticle(page.body, { url: page.finalUrl }), url: page.finalUrl };
}
