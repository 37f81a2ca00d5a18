// Atom's <link> rules, shared by Atom feeds and atom:link inside RSS: a link without rel is
// rel="alternate", and among alternates an HTML page beats other media types (PDF, audio).
import type { AtomFeed } from "feedsmith";

type Link = AtomFeed.Link<string>;

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** hrefs of the alternate links, HTML (or untyped) first, document order otherwise. */
export function alternateLinks(links: Link[] | undefined): string[] {
  if (!links) return [];
  const alternates = links.filter((link) => (link.rel ?? "alternate").trim().toLowerCase() === "alternate");
  const isHtml = (link: Link) => !link.type || HTML_TYPES.has(link.type.trim().toLowerCase());
  return [...alternates.filter(isHtml), ...alternates.filter((link) => !isHtml(link))]
    .map((link) => link.href)
    .filter((href): href is string => typeof href === "string");
}
