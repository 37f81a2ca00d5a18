// Shared inputs of the date finders, and the plausibility rule every candidate must pass.
import { nameTokens } from "../content/hints.ts";
import type { ElementNode, ParsedDocument } from "../dom/tree.ts";
import type { JsonLd } from "../metadata/jsonld.ts";
import type { MetaTags } from "../metadata/meta-tags.ts";
import { type DateParts, dayValue } from "./parts.ts";

export interface DateContext {
  readonly doc: ParsedDocument;
  readonly meta: MetaTags;
  readonly jsonLd: JsonLd;
  readonly url: string | undefined;
  /** Main-content container chosen by the body extractor; dates near it are the article's. */
  readonly container: ElementNode;
  /** The heading carrying the title, when found. */
  readonly titleHeading: ElementNode | null;
  /**
   * The first prose block of the article: the header/byline region ends here. Dates written in
   * the article's sentences after it are never publication dates.
   */
  readonly bodyStart: ElementNode | null;
  /** The page source, searched for the publisher's time zone (local-day.ts). */
  readonly html: string;
  /** Region subtag of the declared language ("CA" in fr-CA). */
  readonly region: string | null;
  /** Read ambiguous numeric dates as month/day (US English pages). */
  readonly monthFirst: boolean;
  /** Latest acceptable day (ms since epoch): the fetch time plus a little clock/zone slack. */
  readonly latest: number;
}

/**
 * Plausibility only, no era window: archives publish stories from any decade with explicit dates,
 * and newspaper archives reach back into the 19th century. Earlier values are placeholders.
 */
const EARLIEST = Date.UTC(1800, 0, 1);
/** A page can carry tomorrow's date (time zones, scheduled posts), not next week's. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export function latestAcceptable(fetchedAt: Date | undefined): number {
  return (fetchedAt ?? new Date()).getTime() + FUTURE_SLACK_MS;
}

/**
 * Zero values of common timestamp types (Unix epoch, SQL/Excel day zero) that CMSs print when a
 * date is missing. Only these exact days are refused; the rest of those years is accepted.
 */
const PLACEHOLDER_DAYS = new Set([Date.UTC(1970, 0, 1), Date.UTC(1900, 0, 1)]);

export function isPlausible(parts: DateParts, context: DateContext): boolean {
  const value = dayValue(parts);
  return value >= EARLIEST && value <= context.latest && !PLACEHOLDER_DAYS.has(value);
}

const OUTSIDE_ARTICLE = new Set(["footer", "nav", "aside"]);
const OUTSIDE_ARTICLE_NAMES =
  /comment|respond|related|recommend|sidebar|widget|teaser|popular|trending|most-?read|footer|navigation|breadcrumb|newsletter|archive|calendar|upcoming|events?-list/;

/** Sectioning elements that scope a <header> to themselves (HTML-AAM: otherwise it is the banner). */
const SECTIONING = new Set(["article", "aside", "main", "nav", "section"]);

/** The page's banner: role=banner, or a <header> not inside any sectioning element. */
function isBanner(element: ElementNode): boolean {
  if (element.attrs.role?.toLowerCase() === "banner") return true;
  if (element.tag !== "header") return false;
  for (let current = element.parent; current; current = current.parent) {
    if (SECTIONING.has(current.tag)) return false;
  }
  return true;
}

/** The article's container, its headline and every ancestor of either. */
export function articleAncestors(context: DateContext): Set<ElementNode> {
  const set = new Set<ElementNode>();
  for (const anchor of [context.titleHeading, context.container]) {
    for (let current = anchor; current; current = current.parent) set.add(current);
  }
  return set;
}

/**
 * Dates inside comments, related-article lists, sidebars or footers belong to other content.
 * An element that encloses the article itself is never such a box, whatever its name (blog
 * themes wrap posts in "widget" or "sidebar-left" containers). Memoised per element because the
 * date finders ask about many neighbours.
 */
export function makeOutsideArticleTest(article: ReadonlySet<ElementNode>): (element: ElementNode) => boolean {
  const memo = new Map<ElementNode, boolean>();
  const test = (element: ElementNode): boolean => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    if (element.tag === "body" || element.parent === null) return false;
    const own =
      !article.has(element) &&
      (OUTSIDE_ARTICLE.has(element.tag) ||
        isBanner(element) ||
        nameTokens(element).some((token) => OUTSIDE_ARTICLE_NAMES.test(token)));
    const result = own || test(element.parent);
    memo.set(element, result);
    return result;
  };
  return test;
}
