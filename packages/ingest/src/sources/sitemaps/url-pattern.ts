// URL patterns for the sitemap filter, as typed by users in the source settings.
//
// Decision: globs, not regular expressions. Users write "/2024/*/" or "/politics/**", not regex;
// and a user-supplied RegExp run against 50,000 URLs in a shared worker is a ReDoS risk. Matching
// here is segment by segment with the classic two-pointer wildcard algorithm, so the cost is
// bounded by pattern length x URL length and can never blow up.
//
// Semantics (the pattern is matched against the URL's path and query, e.g. "/2024/05/a?x=1"):
//   *     any characters within one path segment (never "/")
//   **    as a whole segment: any number of segments, including none
//   $     at the very end: the URL must end here (otherwise the pattern is a segment prefix)
//   other characters are literal and case-sensitive; "?" is literal (it starts the query)
// Without "$" a pattern matches the URL and everything below it: "/news" matches "/news" and
// "/news/a" but not "/newsroom"; "/2024/*/" needs at least one more segment after the month.
// A pattern that starts with "http(s)://" has its scheme and host ignored, and a pattern that
// does not start with "/" gets one, so "2024/*" means "/2024/*".
import { SourceParseError } from "../errors.ts";

const MAX_PATTERN_LENGTH = 500;
const GLOBSTAR = Symbol("**");
type Token = string | typeof GLOBSTAR;

export interface UrlPattern {
  /** The pattern as given. */
  readonly source: string;
  test(url: string): boolean;
}

/** @throws SourceParseError `invalid_pattern` with a message fit for the settings form. */
export function compileUrlPattern(pattern: string): UrlPattern {
  let text = pattern.trim();
  if (text === "") throw invalid("The URL pattern is empty.");
  if (text.length > MAX_PATTERN_LENGTH) {
    throw invalid(`The URL pattern is longer than ${MAX_PATTERN_LENGTH} characters.`);
  }
  const exact = text.endsWith("$");
  if (exact) text = text.slice(0, -1);
  const origin = /^https?:\/\/[^/?#]*/i.exec(text);
  if (origin) text = text.slice(origin[0].length) || "/";
  if (!text.startsWith("/")) text = `/${text}`;
  if (text.includes("#"))
    throw invalid("The URL pattern cannot contain '#' (page fragments are not part of URLs here).");
  // Percent-encode the way URLs arrive (non-ASCII, spaces), so "/café/*" matches "/caf%C3%A9/x".
  // "*" is not in the path percent-encode set, so wildcards survive.
  // Concatenated rather than resolved, so a pattern starting "//" is a path, not a host.
  const encoded = new URL(`http://pattern.invalid${text}`);
  const segments = `${encoded.pathname}${encoded.search}`.split("/");

  const tokens: Token[] = segments.map((segment) =>
    segment === "**" ? GLOBSTAR : segment.replace(/\*+/g, "*"),
  );
  if (!exact) {
    // A trailing "/" asks for one more segment (any, even empty) below the pattern.
    if (tokens.length > 1 && tokens[tokens.length - 1] === "") tokens[tokens.length - 1] = "*";
    tokens.push(GLOBSTAR);
  }
  return { source: pattern, test: (url) => matchSegments(tokens, pathAndQuery(url).split("/")) };
}

function invalid(message: string): SourceParseError {
  return new SourceParseError("invalid_pattern", message);
}

/** "/a/b?x=1" from "https://host/a/b?x=1#frag". */
function pathAndQuery(url: string): string {
  const schemeEnd = url.indexOf("://");
  const slash = url.indexOf("/", schemeEnd === -1 ? 0 : schemeEnd + 3);
  const rest = slash === -1 ? "/" : url.slice(slash);
  const hash = rest.indexOf("#");
  return hash === -1 ? rest : rest.slice(0, hash);
}

// Wildcard matching over segments, where GLOBSTAR is the wildcard. Backtracking only ever returns
// to the most recent GLOBSTAR, which is enough because a GLOBSTAR matches any run of segments.
function matchSegments(tokens: Token[], segments: string[]): boolean {
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starSegment = 0;
  while (s < segments.length) {
    const token = tokens[t];
    if (token === GLOBSTAR) {
      starToken = t++;
      starSegment = s;
    } else if (token !== undefined && matchSegment(token, segments[s] ?? "")) {
      t++;
      s++;
    } else if (starToken !== -1) {
      t = starToken + 1;
      s = ++starSegment;
    } else {
      return false;
    }
  }
  while (tokens[t] === GLOBSTAR) t++;
  return t === tokens.length;
}

// The same algorithm within a segment, where "*" is the wildcard.
function matchSegment(glob: string, text: string): boolean {
  if (!glob.includes("*")) return glob === text;
  let g = 0;
  let c = 0;
  let star = -1;
  let mark = 0;
  while (c < text.length) {
    if (glob[g] === "*") {
      star = g++;
      mark = c;
    } else if (g < glob.length && glob[g] === text[c]) {
      g++;
      c++;
    } else if (star !== -1) {
      g = star + 1;
      c = ++mark;
    } else {
      return false;
    }
  }
  while (glob[g] === "*") g++;
  return g === glob.length;
}
