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
  /** Read ambiguous numeric dates as month/day (US English pages). */
  readonly monthFirst: boolean;
  /** Latest acceptable day (ms since epoch): the fetch time plus a little clock/zone slack. */
  readonly latest: number;
}

/** The web as a publishing medium: earlier "publication dates" are typos or placeholders. */
const EARLIEST = Date.UTC(1995, 0, 1);
/** A page can carry tomorrow's date (time zones, scheduled posts), not next month's. */
const FUTURE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

export function latestAcceptable(fetchedAt: Date | undefined): number {
  return (fetchedAt ?? new Date()).getTime() + FUTURE_SLACK_MS;
}

export function isPlausible(parts: DateParts, context: DateContext): boolean {
  const value = dayValue(parts);
  return value >= EARLIEST && value <= context.latest;
}

const OUTSIDE_ARTICLE = new Set(["footer", "nav", "aside"]);
const OUTSIDE_ARTICLE_NAMES =
  /comment|respond|related|recommend|sidebar|widget|teaser|popular|trending|most-?read|footer|navigation|breadcrumb|newsletter|archive|calendar|upcoming|events?-list/;

/**
 * Dates inside comments, related-article lists, sidebars or footers belong to other content.
 * Memoised per element because the date finders ask about many neighbours.
 */
export function makeOutsideArticleTest(): (element: ElementNode) => boolean {
  const memo = new Map<ElementNode, boolean>();
  const test = (element: ElementNode): boolean => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    if (element.tag === "body" || element.parent === null) return false;
    const own =
      OUTSIDE_ARTICLE.has(element.tag) ||
      nameTokens(element).some((token) => OUTSIDE_ARTICLE_NAMES.test(token));
    const result = own || test(element.parent);
    memo.set(element, result);
    return result;
  };
  return test;
}
