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
  readonly site: SiteIdentity;
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
  const h1s = elementsByTag(doc, "h1");
  const siteHeadings = h1s.filter((h1) => isSiteHeading(h1, context.site));
  // The site's own heading names the site: its text is one more site segment to strip.
  const siteTexts = siteHeadings.map(headingText).filter((text) => text.length > 2 && text.length < 100);
  const cleaned = candidates.map((candidate) => stripSiteSegments(candidate, context, siteTexts));
  const articleH1s = h1s.filter((h1) => !siteHeadings.includes(h1));
  // Without an article <h1>, an <h2> agreeing with the metadata is the headline (themes that
  // keep <h1> for the logo).
  const headingElements =
    articleH1s.length > 0
      ? articleH1s
      : elementsByTag(doc, "h2").filter((h2) => !isVisuallyHidden(h2) && !isSiteHeading(h2, context.site));
  const headings = headingElements
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
  const fallbackHeading = articleH1s.length > 0 ? headings[0] : undefined;
  return { text: cleaned[0] ?? fallbackHeading ?? null, confirmed: false };
}

/** Visible text of a heading (screen-reader-only suffixes dropped). */
export function headingText(heading: ElementNode): string {
  return tidy(textOf(heading, isVisuallyHidden));
}

/** What the page says about its site: the declared name and the page's own address. */
export interface SiteIdentity {
  readonly name: string | null;
  readonly url: string | undefined;
}

/**
 * Blog themes put the site name in an <h1> on every page; it is never the article title. It is
 * named so (`site-title`, `logo`), links home (rel=home, or an address the page's own address
 * extends and that ends at a site root: "/", "https://example.org/"), or says the site name.
 */
export function isSiteHeading(heading: ElementNode, site: SiteIdentity): boolean {
  if (nameTokens(heading).some((token) => SITE_HEADING.test(token))) return true;
  let homeLink = false;
  walkElements(heading, (child) => {
    if (child.tag === "a" && (child.attrs.rel?.toLowerCase().includes("home") || linksHome(child, site.url)))
      homeLink = true;
    return homeLink ? false : undefined;
  });
  if (homeLink) return true;
  return (
    site.name !== null &&
    comparable(site.name) !== "" &&
    comparable(textOf(heading)) === comparable(site.name)
  );
}

/** A site root: the address ends right after its host ("https://example.org/"). */
const SITE_ROOT = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+\/?$/i;
const WRAPPED_SITE_ROOT = /\/\/[^/?#]+\/?$/;

function linksHome(link: ElementNode, pageUrl: string | undefined): boolean {
  const href = link.attrs.href?.trim();
  if (href === undefined || href === "") return false;
  if (href === "/" || href === "./") return true;
  if (pageUrl === undefined || !URL.canParse(href, pageUrl)) return false;
  const target = new URL(href, pageUrl).href;
  // A web archive or proxy wraps the site's address in its own ("…/web/2014…/http://site/"):
  // the page's address still extends it, and it still ends at the site's root.
  return (
    (SITE_ROOT.test(target) && new URL(target).host === new URL(pageUrl).host) ||
    (pageUrl.startsWith(target) && target !== pageUrl && WRAPPED_SITE_ROOT.test(target))
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

/** Segments CMSs add to every title of a section ("Blog Archive", "Startseite"): never the story. */
const GENERIC_SEGMENT =
  /^(?:blog[- ]?archiv(?:e|es)?|archiv(?:e|es)?|blog|home|homepage|startseite|news|nachrichten|aktuelles|actualités|noticias|notizie)$/i;

function stripSiteSegments(title: string, context: TitleContext, siteTexts: readonly string[]): string {
  const segments = title.split(SEPARATOR);
  if (segments.length < 2) return title;
  const siteKeys = [
    context.site.name,
    context.hostname?.replace(/^www\./, "").split(".")[0] ?? null,
    ...siteTexts,
  ]
    .filter((value): value is string => value !== null && value !== "")
    .map(comparable);
  const isSite = (segment: string): boolean => {
    const key = comparable(segment);
    return (
      key !== "" && siteKeys.some((site) => site.length > 2 && (key.includes(site) || site.includes(key)))
    );
  };
  let kept = segments.filter((segment) => !isSite(segment) && !GENERIC_SEGMENT.test(segment.trim()));
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
  site: SiteIdentity,
  metadataTitle: string | null,
  bodyStart: ElementNode | null,
): string | null {
  const siteName = site.name;
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
  // An <h1> above the article (a blog's tagline, a section name) gives way to a heading named as
  // the entry's title (`entry-title`, `post-title`, itemprop=headline) between it and the article.
  if (best !== null && !isWithin(best, container)) {
    const named = namedTitleHeading(doc, container, position, position.get(best) ?? -1, bodyStart);
    if (named !== null) best = named;
  }
  if (best === null || isSiteHeading(best, site)) {
    // No article <h1> anywhere (themes that keep <h1> for the logo, or none at all): an <h2>
    // opening the article, before its first paragraph, is the headline.
    if (elementsByTag(doc, "h1").some((h1) => !isSiteHeading(h1, site))) return null;
    best = openingSubheading(doc, container, position, site, bodyStart);
    if (best === null) return null;
  }
  const text = headingText(best);
  const siteKey = siteName === null ? "" : comparable(siteName);
  if (text.length < 4 || text.length > 250 || (siteKey !== "" && comparable(text) === siteKey)) return null;
  // A label ("Read also:") is not a headline; nor is a single word (a kicker, a dateline city, a
  // logo) when the metadata offers a real sentence-length title.
  if (/[:：]$/.test(text)) return null;
  const oneWord = !/\s/.test(text) && !/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(text);
  if (oneWord && metadataTitle !== null && metadataTitle.split(/\s+/).length >= 3) return null;
  // A heading that is a shortened form of the metadata title ("Enchufla" for "Enchufla Figuren").
  if (metadataTitle !== null) {
    const full = comparable(metadataTitle);
    const short = comparable(text);
    if (full.length > short.length && full.startsWith(short)) return null;
  }
  return text;
}

const ENTRY_TITLE = /^(?:entry|post|article|story|blog-?post)[-_]?(?:title|headline)$|^headline$/;
const SUBHEADINGS = ["h2", "h3"] as const;

/**
 * A heading named as the entry's title that stands after `after` (a position) and before the
 * article's first paragraph: just before the container or inside it.
 */
function namedTitleHeading(
  doc: ParsedDocument,
  container: ElementNode,
  position: ReadonlyMap<ElementNode, number>,
  after: number,
  bodyStart: ElementNode | null,
): ElementNode | null {
  const start = position.get(container) ?? Number.POSITIVE_INFINITY;
  const end = bodyStart === null ? undefined : position.get(bodyStart);
  let found: ElementNode | null = null;
  let foundAt = Number.POSITIVE_INFINITY;
  for (const tag of SUBHEADINGS) {
    for (const heading of elementsByTag(doc, tag)) {
      const at = position.get(heading);
      if (at === undefined || at <= after || at >= foundAt) continue;
      if (isWithin(heading, container) ? end !== undefined && at > end : at > start) continue;
      if (isVisuallyHidden(heading)) continue;
      const named =
        heading.attrs.itemprop?.toLowerCase() === "headline" ||
        nameTokens(heading).some((token) => ENTRY_TITLE.test(token));
      if (named) {
        found = heading;
        foundAt = at;
      }
    }
  }
  return found;
}

function openingSubheading(
  doc: ParsedDocument,
  container: ElementNode,
  position: ReadonlyMap<ElementNode, number>,
  site: SiteIdentity,
  bodyStart: ElementNode | null,
): ElementNode | null {
  const end = bodyStart === null ? undefined : position.get(bodyStart);
  for (const h2 of elementsByTag(doc, "h2")) {
    const at = position.get(h2);
    if (at === undefined || !isWithin(h2, container)) continue;
    if (end !== undefined && at > end) return null;
    if (isVisuallyHidden(h2) || isSiteHeading(h2, site)) continue;
    return h2;
  }
  return null;
}

function isWithin(element: ElementNode, ancestor: ElementNode): boolean {
  for (let current: ElementNode | null = element; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}
