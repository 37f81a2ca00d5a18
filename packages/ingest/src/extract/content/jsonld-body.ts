// Script-rendered and paywalled pages often ship an empty (or hidden) body and the full text in
// JSON-LD articleBody. When the page itself yields (almost) nothing, that text is the article.
import { type JsonLd, stringProp } from "../metadata/jsonld.ts";
import { effectiveLength } from "../text/measure.ts";

/** Below this (effective) length the page's own text is treated as missing. */
const MISSING_TEXT = 250;

export function withArticleBodyFallback(text: string, jsonLd: JsonLd): string {
  if (effectiveLength(text) >= MISSING_TEXT || jsonLd.article === null) return text;
  const body = stringProp(jsonLd.article, "articleBody");
  if (body === null) return text;
  const paragraphs = body
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
  // Keep what the page did show (often the standfirst), then the body paragraphs it lacks.
  const missing = paragraphs.filter((paragraph) => !text.includes(paragraph));
  if (missing.length === 0) return text;
  return [text, ...missing].filter((part) => part !== "").join("\n\n");
}
