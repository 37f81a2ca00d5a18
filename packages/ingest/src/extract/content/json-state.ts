// Article text inside an app's JSON state. Strings that read as prose are grouped by the object or
// array that holds them (a list of paragraph objects, an article object with an HTML body); the
// group with the most text is the article. Related-article teasers and comments form smaller groups.
import type { JsonValue } from "../metadata/jsonld.ts";

/** A string shorter than this, or without a sentence end, is a label, an id or a URL. */
const MIN_PROSE = 60;
const MAX_DEPTH = 40;

export function jsonStateParagraphs(state: JsonValue): string[] {
  const groups = new Map<string, string[]>();
  collect(state, [], groups, 0);
  let best: string[] = [];
  let bestLength = 0;
  for (const paragraphs of groups.values()) {
    const length = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
    if (length > bestLength) {
      best = paragraphs;
      bestLength = length;
    }
  }
  return best;
}

function collect(value: JsonValue, path: string[], groups: Map<string, string[]>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") {
    for (const paragraph of proseParagraphs(value)) {
      // Group key: the path without array indexes and without the final key, so the "text" of
      // every element of body[] lands in one group.
      const key = path
        .slice(0, -1)
        .filter((part) => !/^\d+$/.test(part))
        .join(".");
      const group = groups.get(key);
      if (group) group.push(paragraph);
      else groups.set(key, [paragraph]);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) collect(entry, [...path, String(index)], groups, depth + 1);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, entry] of Object.entries(value)) collect(entry, [...path, key], groups, depth + 1);
}

/** Prose in a JSON string, which may itself be an HTML fragment ("<p>…</p><p>…</p>"). */
function proseParagraphs(value: string): string[] {
  if (value.length < MIN_PROSE || /^(?:https?:|\/|data:)/.test(value)) return [];
  const text = /<\/?(?:p|br|div|h\d|li)\b/i.test(value)
    ? value
        .replace(/<(?:br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, "\n")
        .replace(/<[^>]+>/g, "")
        .replace(/&nbsp;/g, " ")
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
    : value;
  return text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length >= MIN_PROSE && /[.!?。！？]["'”’»)]*$/.test(line));
}
