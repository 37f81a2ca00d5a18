// Vocabulary of class/id/role hints. These are CMS and front-end conventions shared by many sites
// (WordPress, Drupal, news CMSs, Bootstrap); none is specific to one site.
import { classAndId } from "../dom/query.ts";
import type { ElementNode } from "../dom/tree.ts";

/** Elements that never carry article text. */
export const NON_CONTENT_TAGS = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "canvas",
  "video",
  "audio",
  "source",
  "track",
  "map",
  "button",
  "input",
  "select",
  "option",
  "optgroup",
  "textarea",
  "label",
  "datalist",
  "output",
  "progress",
  "meter",
  "figcaption",
  "link",
  "meta",
  "title",
]);

// Class tokens generated from taxonomy or state ("tag-sharing", "category-social", "has-sidebar",
// "no-share", "postid-12") describe the page, not the element's role: they are ignored.
const GENERATED_TOKEN =
  /^(?:tag|tags|category|cat|postid|post-template|page-template|single|format|status|type|has|no|hide|show|with|without|location|term|taxonomy|topic|section|rubrik|theme|template|elementor-kit|wp-embed|js|is-style)[-_]/;

// Distinctive words, found anywhere inside a token ("relatedPosts", "post-comments").
const STRONG_WORDS =
  /comment(?!ar)|disqus|respond|share|sharing|social|sociable|syndication|addthis|shariff|related|recommend|recommand|empfehl|relacionad|correlat|verwandt|aehnlich|you-?may|more-?from|most-?read|most-?viewed|most-?popular|popular-?posts|trending|newsletter|subscri|signup|sign-up|paywall|cookie|consent|gdpr|breadcrumb|sidebar|side-bar|pagination|pager|page-numbers|navbar|navigation|masthead|footer|skip-?link|author-?box|author-?bio|about-?the-?author|about-?author|author-?info|byline|(?:post|entry|article)[-_]*meta|affiliate|disclosure|donat|infobox|factbox|flyout|attachments|tagcloud|tag-?list|tags-?links|cat-?links|post-?tags|entry-?tags|article-?tags|rating|voting|popup|modal|outbrain|taboola|sponsor|promo|banner|advert|read-?also|see-?also|readmore|wp-caption-text|caption|credit|copyright/;

// Short words that only count as a whole token or a token edge ("ad-slot", "main-nav", but not
// "header", "shadow" or "canvas").
const EDGE_WORDS =
  /^(?:ad|ads|adv|dfp|nav|menu|tags|topics|bio|author|cta|widgets|read-more)(?:[-_].*)?$|[-_](?:ad|ads|nav|menu|tags|topics|author|cta|print|widgets|meta|notice)(?:$|[-_])/;
const EXACT_WORDS = new Set(["meta", "tag", "share", "social", "print"]);

/** Lowercased class tokens and id that describe the element itself (generated ones dropped). */
export function nameTokens(element: ElementNode): readonly string[] {
  // Asked about the same element by pruning, date and author finders: computed once.
  if (element.tokens !== null) return element.tokens;
  const { id, class: cls } = element.attrs;
  let tokens: readonly string[] = NO_TOKENS;
  if (id !== undefined || cls !== undefined) {
    const raw = cls === undefined ? [] : cls.toLowerCase().split(/\s+/);
    if (id !== undefined) raw.push(id.toLowerCase());
    tokens = raw.filter((token) => token !== "" && !GENERATED_TOKEN.test(token));
  }
  element.tokens = tokens;
  return tokens;
}

const NO_TOKENS: readonly string[] = [];

function tokenIsBoilerplate(token: string): boolean {
  return (
    HIDDEN_TOKEN.test(token) || EXACT_WORDS.has(token) || EDGE_WORDS.test(token) || STRONG_WORDS.test(token)
  );
}

const BOILERPLATE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alertdialog",
  "menu",
  "menubar",
  "toolbar",
  "tablist",
]);

/** True when class, id or role says "this is navigation, sharing, comments, ads, ...". */
export function hasBoilerplateHint(element: ElementNode): boolean {
  const role = element.attrs.role;
  if (role !== undefined && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  if (element.attrs.class === undefined && element.attrs.id === undefined) return false;
  return nameTokens(element).some(tokenIsBoilerplate);
}

/**
 * "Teaser" names both an article's own lead paragraph and the cards that advertise other
 * articles. Only the cards link away (a headline link over an excerpt), so a teaser counts as
 * boilerplate when it carries a link with headline-sized text.
 */
export function isLinkingTeaser(element: ElementNode): boolean {
  if (!nameTokens(element).some((token) => token.includes("teaser"))) return false;
  const { text, link } = textAndLinkLength(element, false);
  return text > 0 && link >= Math.min(15, text * 0.5);
}

function textAndLinkLength(element: ElementNode, inLink: boolean): { text: number; link: number } {
  let text = 0;
  let link = 0;
  for (const child of element.children) {
    if (child.kind === "text") {
      const length = child.value.trim().length;
      text += length;
      if (inLink) link += length;
    } else if (child.tag !== "script" && child.tag !== "style") {
      const inner = textAndLinkLength(child, inLink || child.tag === "a");
      text += inner.text;
      link += inner.link;
    }
  }
  return { text, link };
}

// Accessibility/utility classes that hide text from sighted readers.
const HIDDEN_TOKEN =
  /^(?:hidden|hide|is-hidden|u-hidden|invisible|element-invisible|sr-only|sr-text|screen-reader-text|screen-reader-only|visually-?hidden|visuallyhidden|offscreen|a11y-hidden|text-hide)$/;

/** Hidden by attributes or by a hiding utility class. */
export function isVisuallyHidden(element: ElementNode): boolean {
  return isHidden(element) || nameTokens(element).some((token) => HIDDEN_TOKEN.test(token));
}

/** Hidden by markup: the visitor never sees it, so neither should the text. */
export function isHidden(element: ElementNode): boolean {
  const attrs = element.attrs;
  if (attrs.hidden !== undefined) return true;
  if (attrs["aria-hidden"] === "true") return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

// Names that CMSs give to the article body itself (WordPress "entry-content", Drupal
// "field--name-body", schema.org itemprop=articleBody, ...).
const BODY_TOKEN =
  /^(?:[a-z0-9]+[-_]+)?(?:entry|post|article|story|news|blog|single|main|page)[-_]*(?:content|body|text|inner)(?:$|[-_])|articlebody|field-+name-+body|field-+body|body-+text|bodytext|rich-?text/;

/** Strong hint: this element is the article body as the CMS names it. */
export function isNamedArticleBody(element: ElementNode): boolean {
  const itemprop = element.attrs.itemprop;
  if (itemprop !== undefined && itemprop.toLowerCase() === "articlebody") return true;
  const cls = element.attrs.class;
  if (cls === undefined) return false;
  for (const token of cls.toLowerCase().split(/\s+/)) {
    if (token !== "" && BODY_TOKEN.test(token)) return true;
  }
  return false;
}

const CONTENT_WORDS =
  /article|entry|post-?body|post-?content|post-?text|story|content|main|text|body|blog|news|detail/;

/** Mild positive hint for containers that look like the article body. */
export function hasContentHint(element: ElementNode): boolean {
  const itemprop = element.attrs.itemprop;
  if (itemprop !== undefined && /articlebody|text/i.test(itemprop)) return true;
  if (element.attrs.role === "main") return true;
  const names = classAndId(element);
  return names !== "" && CONTENT_WORDS.test(names);
}
