// Articles that arrive as plain text (seed files, pasted text): the text is already the body, so
// extraction is only about paragraphs and an optional headline on the first line.
import { detectLanguage } from "../extract/text/detect-language.ts";
import type { ExtractedArticle } from "../extract/types.ts";
import { countWords } from "./word-count.ts";

/** A first line this short, without sentence-final punctuation, reads as a headline. */
const MAX_TITLE_LENGTH = 160;

export function extractPlainText(content: string): ExtractedArticle {
  const paragraphs = splitParagraphs(content);
  const first = paragraphs[0];
  const title = first !== undefined && paragraphs.length > 1 && looksLikeHeadline(first) ? first : null;
  const body = title === null ? paragraphs : paragraphs.slice(1);
  const text = body.join("\n\n");
  return {
    title,
    byline: null,
    authors: [],
    publishedAt: null,
    publishedAtSource: "none",
    publishedAtIsModified: false,
    modifiedAt: null,
    modifiedAtSource: "none",
    language: detectLanguage(`${title ?? ""}\n${text}`),
    siteName: null,
    canonicalUrl: null,
    leadImageUrl: null,
    text,
    wordCount: countWords(text),
  };
}

/** Blank lines separate paragraphs; in text without blank lines, every line is a paragraph. */
export function splitParagraphs(content: string): string[] {
  const normalized = content.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const blocks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n+/) : normalized.split("\n");
  return blocks.map((block) => block.replace(/\s+/g, " ").trim()).filter((block) => block !== "");
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && !/[.!?:;,]["'”’)]?$/.test(line);
}
