// Feed titles and summaries are routinely HTML (CDATA blocks, escaped markup, double-encoded
// entities), even where the spec says plain text. We want display text: tags removed, entities
// decoded, whitespace collapsed. htmlparser2 is already a dependency and tokenizes the way a
// browser would, so "a &lt; b" and stray "<" characters are handled without a hand-written regex.
import { Parser } from "htmlparser2";

// Elements whose content is never visible text.
const SKIPPED = new Set(["script", "style", "template", "noscript"]);
// Elements that separate words; without a space "<p>a</p><p>b</p>" would read "ab".
const BREAKING = new Set([
  "br",
  "p",
  "div",
  "li",
  "tr",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
]);

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Visible text of an HTML fragment, on one line. */
export function htmlToText(html: string): string {
  // Fast path: most titles are already plain text.
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const parts: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (BREAKING.has(name)) parts.push(" ");
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BREAKING.has(name)) parts.push(" ");
      },
      ontext(text) {
        if (skipDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return collapseWhitespace(parts.join(""));
}

/** Shortens text to at most `max` characters, cutting at a word boundary when one is close. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}
