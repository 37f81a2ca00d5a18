// The two extractors under comparison, behind one interface.
import { Readability } from "@mozilla/readability";
import { extractArticle } from "@tidemark/ingest/extract";
import { parseHTML } from "linkedom";

export interface BenchOutput {
  readonly text: string;
  readonly publishedAt: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  /** Set when the extractor threw; the page then scores as empty output. */
  readonly error: string | null;
  /** The thrown error's `code` (e.g. "not_html"), when it had one. */
  readonly errorCode: string | null;
}

export interface Extractor {
  readonly name: string;
  extract(html: string, url: string | undefined, fetchedAt: Date | undefined): BenchOutput;
}

export const tidemark: Extractor = {
  name: "Tidemark",
  extract(html, url, fetchedAt) {
    const article = extractArticle(html, {
      ...(url === undefined ? {} : { url }),
      ...(fetchedAt === undefined ? {} : { fetchedAt }),
    });
    return {
      text: article.text,
      publishedAt: article.publishedAt,
      title: article.title,
      byline: article.byline,
      error: null,
      errorCode: null,
    };
  },
};

export const readability: Extractor = {
  name: "Readability (linkedom)",
  extract(html) {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return {
      text: article?.textContent ?? "",
      publishedAt: article?.publishedTime ?? null,
      title: article?.title ?? null,
      byline: article?.byline ?? null,
      error: null,
      errorCode: null,
    };
  },
};

/** Runs one extraction; a thrown error becomes an empty, flagged output so one page cannot stop a run. */
export function safeExtract(
  extractor: Extractor,
  html: string,
  url: string | undefined,
  fetchedAt?: Date,
): BenchOutput {
  try {
    return extractor.extract(html, url, fetchedAt);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code =
      error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : null;
    return { text: "", publishedAt: null, title: null, byline: null, error: message, errorCode: code };
  }
}

/** The page URL when it is a real http(s) URL (some dev cases carry placeholders). */
export function pageUrl(raw: string): string | undefined {
  const url = raw.trim();
  return /^https?:\/\//.test(url) && URL.canParse(url) ? url : undefined;
}
