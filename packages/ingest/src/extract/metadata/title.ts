// Title: metadata titles carry site suffixes ("Story | Site"), the <h1> usually does not. We take
// the metadata title that agrees with an <h1>, and otherwise strip segments that look like a site
// name (equal to og:site_name / the domain, or a short tail after a strong separator).
import { isVisuallyHidden, nameTokens } from "../content/hints.ts";
import { elementsByTag, textOf, walkElements } from "../dom/query.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import { comparable } from "../text/normalize.ts";
import { type JsonLd, stringProp } from "./jsonld.ts";
import { firstMeta, type MetaTags } from "./meta-tags.ts";

const SITE_HEADING =
  /^(?:site-?title|site-?name|site-?logo|logo|brand|blog-?title|blog-?name|masthead|header-?title|site-?branding)$|^site-title/;
const SEPARATOR = /\s+(?:[|–—·•»«:\\/~]|-{1,2}|::)\s+/;
const STRONG_SEPARATOR = /\s+(?:[|·•»«\\/~]|::)\s+/;

export interface TitleContext {
  readonly doc: ParsedDocument;
  readonly meta: MetaTags;
  readonly jsonLd: JsonLd;
  readonly siteName: string | null;
  readonly hostname: string | null;
}

export interface MetadataTitle {
  readonly text: string | null;
  /** An <h1> on the page agrees with the metadata: no need to look for a better heading. */
  readonly confirmed: boolean;
}

export function extractTitle(context: TitleContext): MetadataTitle {
  const { doc, meta, jsonLd } = context;
  const candidates = [
    firstMeta(meta, [
      "og:title",
      "twitter:title",
      "dc.title",
      "dcterms.title",
      "parsely-title",
      "sailthru.title",
    ]),
    jsonLd.article ? (stringProp(jsonLd.article, "headline") ?? stringProp(jsonLd.article, "name")) : null,
    titleTag(doc),
  ]
    .map((value) => (value === null ? null : tidy(value)))
    .filter((value): value is string => value !== null && value !== "");
  const cleaned = candidates.map((candidate) => stripSiteSegments(candidate, context));
  const headings = elementsByTag(doc, "h1")
    .filter((h1) => !isSiteHeading(h1, context.siteName))
    .slice(0, 5)
    .map(headingText)
    .filter((text) => text.length > 0 && text.length < 300);

  for (const heading of headings) {
    const key = comparable(heading);
    if (key === "") continue;
    // The <h1> is (one segment of) a metadata title: the <h1> is the clean title.
    const agrees = candidates.some(
      (candidate) =>
        (key.length >= 12 && comparable(candidate).includes(key)) ||
        candidate.split(SEPARATOR).some((segment) => comparable(segment) === key),
    );
    if (agrees) return { text: heading, confirmed: true };
    // The <h1> adds a kicker around a metadata title ("Kicker: Title"): the metadata is cleaner.
    const inner = cleaned.find(
      (candidate) => comparable(candidate).length >= 12 && key.includes(comparable(candidate)),
    );
    if (inner !== undefined) return { text: inner, confirmed: true };
  }
  return { text: cleaned[0] ?? headings[0] ?? null, confirmed: false };
}

/** Visible text of a heading (screen-reader-only suffixes dropped). */
export function headingText(heading: ElementNode): string {
  return tidy(textOf(heading, isVisuallyHidden));
}

/** Blog themes put the site name in an <h1> on every page; it is never the article title. */
export function isSiteHeading(heading: ElementNode, siteName: string | null): boolean {
  if (nameTokens(heading).some((token) => SITE_HEADING.test(token))) return true;
  let homeLink = false;
  walkElements(heading, (child) => {
    if (child.tag === "a" && child.attrs.rel?.toLowerCase().includes("home")) homeLink = true;
    return undefined;
  });
  if (homeLink) return true;
  return (
    siteName !== null && comparable(siteName) !== "" && comparable(textOf(heading)) === comparable(siteName)
  );
}

function titleTag(doc: ParsedDocument): string | null {
  // The first <title> in <head>; <svg><title> elements in the body are not page titles.
  for (const title of elementsByTag(doc, "title")) {
    if (title.parent?.tag === "svg") continue;
    const text = textOf(title);
    if (text !== "") return text;
  }
  return null;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function stripSiteSegments(title: string, context: TitleContext): string {
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return title;
  const siteKeys = [context.siteName, context.hostname?.replace(/^www\./, "").split(".")[0] ?? null]
    .filter((value): value is string => value !== null && value !== "")
    .map(comparable);
  const isSite = (segment: string): boolean => {
    const key = comparable(segment);
    return (
      key !== "" && siteKeys.some((site) => site.length > 2 && (key.includes(site) || site.includes(key)))
    );
  };
  let kept = segments.filter((segment) => !isSite(segment));
  if (kept.length === segments.length && STRONG_SEPARATOR.test(title)) {
    // No known site name, but "Long story title | Short Name": drop the short tail.
    const parts = title.split(STRONG_SEPARATOR);
    const head = parts[0] ?? title;
    const tail = parts.slice(1).join(" ");
    if (tail.split(" ").length <= 4 && head.length > tail.length) kept = [head];
  }
  if (kept.length === 0) return title;
  // Re-join what is left with the original separators.
  const start = title.indexOf(kept[0] ?? "");
  const last = kept[kept.length - 1] ?? "";
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : (kept[0] ?? title);
}

/**
 * When no <h1> confirmed the metadata title, the heading that opens the article (first <h1> in
 * the main container, else the last <h1> before it) is the better title: metadata titles are
 * often SEO variants, and on blogs og:title is frequently just the blog's name.
 */
export function headingBeforeContent(
  doc: ParsedDocument,
  container: ElementNode,
  position: ReadonlyMap<ElementNode, number>,
  siteName: string | null,
  metadataTitle: string | null,
): string | null {
  const start = position.get(container) ?? Number.POSITIVE_INFINITY;
  let best: ElementNode | null = null;
  for (const h1 of elementsByTag(doc, "h1")) {
    const at = position.get(h1);
    if (at === undefined) continue;
    if (isWithin(h1, container)) {
      best = h1;
      break;
    }
    if (at < start) best = h1;
  }
  if (best === null) return null;
  if (isSiteHeading(best, siteName)) return null;
  const text = headingText(best);
  const site = siteName === null ? "" : comparable(siteName);
  if (text.length < 4 || text.length > 250 || (site !== "" && comparable(text) === site)) return null;
  // A label ("Read also:") is not a headline; nor is a single word (a kicker, a dateline city, a
  // logo) when the metadata offers a real sentence-length title.
  if (/[:：]$/.test(text)) return null;
  const oneWord = !/\s/.test(text) && !/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(text);
  if (oneWord && metadataTitle !== null && metadataTitle.split(/\s+/).length >= 3) return null;
  return text;
}

function isWithin(element: ElementNode, ancestor: ElementNode): boolean {
  for (let current: ElementNode | null = element; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}
