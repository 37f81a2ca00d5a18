// Combining what extraction found with what the submitter told us (intake hints). Extraction wins
// for every field it found; hints fill the gaps. A hinted date keeps its provenance (`manifest`
// for curated metadata, `feed` for a feed item's date), so the dashboard can say where it came from.
import type { DateSource } from "@tidemark/db";
import { cleanOptionalText, cleanText } from "@tidemark/ingest/documents";
import type { ExtractedArticle } from "@tidemark/ingest/extract";
import type { IntakeHints } from "@tidemark/intake";

export interface MergedArticle extends Omit<ExtractedArticle, "publishedAtSource" | "modifiedAtSource"> {
  publishedAtSource: DateSource;
  modifiedAtSource: DateSource;
}

export function mergeHints(extracted: ExtractedArticle, hints: IntakeHints | null): MergedArticle {
  const merged: MergedArticle = { ...extracted };
  if (!hints) return cleanArticle(merged);
  merged.title = extracted.title ?? hints.title ?? null;
  merged.siteName = extracted.siteName ?? hints.siteName ?? null;
  if (!extracted.byline && hints.byline) {
    merged.byline = hints.byline;
    merged.authors = extracted.authors.length ? extracted.authors : [hints.byline];
  }
  if (!extracted.publishedAt && hints.publishedAt) {
    merged.publishedAt = hints.publishedAt;
    merged.publishedAtSource = hints.publishedAtSource ?? "manifest";
    merged.publishedAtIsModified = false;
  }
  return cleanArticle(merged);
}

/**
 * Every text field as Postgres will store it: a page (or its JSON-LD) carrying a NUL or another
 * control character must not fail to store on every attempt.
 */
function cleanArticle(article: MergedArticle): MergedArticle {
  return {
    ...article,
    title: cleanOptionalText(article.title),
    byline: cleanOptionalText(article.byline),
    authors: article.authors.map(cleanText),
    siteName: cleanOptionalText(article.siteName),
    canonicalUrl: cleanOptionalText(article.canonicalUrl),
    leadImageUrl: cleanOptionalText(article.leadImageUrl),
    language: cleanOptionalText(article.language),
    text: cleanText(article.text),
  };
}
