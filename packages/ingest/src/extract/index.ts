// Article extraction: one pure function from HTML to ExtractedArticle, shared by the ingest
// worker, the CLI and the benchmarks. See docs/extraction.md.

import { withEmbeddedBody } from "./content/embedded-body.ts";
import { extractMainContent } from "./content/index.ts";
import { latestAcceptable } from "./dates/context.ts";
import { findDates } from "./dates/index.ts";
import { documentOrder } from "./dom/order.ts";
import { parseHtml } from "./dom/tree.ts";
import { assertHtmlLike } from "./input-check.ts";
import { extractAuthors } from "./metadata/authors.ts";
import { readJsonLd } from "./metadata/jsonld.ts";
import { extractLanguage } from "./metadata/language.ts";
import { readMetaTags } from "./metadata/meta-tags.ts";
import { extractCanonicalUrl, extractLeadImage, extractSiteName } from "./metadata/site.ts";
import { extractTitle, headingBeforeContent } from "./metadata/title.ts";
import { countWords } from "./text/measure.ts";
import type { ExtractedArticle, ExtractOptions } from "./types.ts";

export { decodeHtmlBytes } from "./decode.ts";
export { ExtractionError, type ExtractionErrorCode } from "./errors.ts";
export { detectLanguage } from "./text/detect-language.ts";
export type { ExtractedArticle, ExtractedDateSource, ExtractOptions } from "./types.ts";

/** Bump when output for the same HTML changes, so stored extractions can be re-run. */
export const EXTRACTOR_VERSION = "2.6.0";

/** English variants outside the US write dates day-first. */
const DAY_FIRST_ENGLISH = new Set(["GB", "UK", "IE", "AU", "NZ", "IN", "ZA", "SG", "NG", "KE", "PK", "JM"]);

/**
 * Throws ExtractionError("not_html") for binary input. Any other HTML, however broken, yields an
 * article (possibly with empty text).
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  assertHtmlLike(html);
  const doc = parseHtml(html);
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const url = options.url !== undefined && URL.canParse(options.url) ? options.url : undefined;
  const hostname = url === undefined ? null : new URL(url).hostname;
  const siteName = extractSiteName(meta, jsonLd);
  const site = { name: siteName, url };
  const metadataTitle = extractTitle({ doc, meta, jsonLd, site, hostname });
  const content = extractMainContent(doc, metadataTitle.text, site);
  const order = documentOrder(doc);
  const title = metadataTitle.confirmed
    ? metadataTitle.text
    : (headingBeforeContent(
        doc,
        content.container,
        order.position,
        site,
        metadataTitle.text,
        content.bodyStart,
      ) ?? metadataTitle.text);
  const text = withEmbeddedBody(content.text, {
    jsonLd,
    doc,
    extractFragment: (fragment) => extractMainContent(parseHtml(fragment), title, site).text,
  });
  const { language, region } = extractLanguage(doc, meta, text);
  const dates = findDates(
    {
      doc,
      meta,
      jsonLd,
      url,
      container: content.container,
      titleHeading: content.titleHeading,
      bodyStart: content.bodyStart,
      html,
      region,
      monthFirst: language === "en" && (region === null || !DAY_FIRST_ENGLISH.has(region)),
      latest: latestAcceptable(options.fetchedAt),
    },
    order,
  );
  const { authors, byline } = extractAuthors(doc, order, jsonLd, {
    name: siteName,
    hostname,
    language,
    container: content.container,
    text,
  });
  return {
    title,
    byline,
    authors,
    ...dates,
    language,
    siteName,
    canonicalUrl: extractCanonicalUrl(doc, meta, url),
    leadImageUrl: extractLeadImage(doc, meta, jsonLd, url),
    text,
    wordCount: countWords(text),
  };
}
