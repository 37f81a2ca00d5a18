// <meta> lookup table. Pages spell the key in four attributes (name, property, itemprop,
// http-equiv) and in any case; we index all of them lowercased so callers ask for one key.
import { elementsByTag } from "../dom/query.ts";
import type { ParsedDocument } from "../dom/tree.ts";

export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function readMetaTags(doc: ParsedDocument): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of elementsByTag(doc, "meta")) {
    const content = meta.attrs.content ?? meta.attrs.value;
    if (content === undefined) continue;
    const value = content.trim();
    if (value === "") continue;
    for (const key of [meta.attrs.name, meta.attrs.property, meta.attrs.itemprop, meta.attrs["http-equiv"]]) {
      if (key === undefined) continue;
      // property="og:title article:author" is legal RDFa: one content, several keys.
      for (const part of key.toLowerCase().split(/\s+/)) {
        if (part === "") continue;
        const list = tags.get(part);
        if (list) list.push(value);
        else tags.set(part, [value]);
      }
    }
  }
  return tags;
}

/** First non-empty value among the keys, in the caller's order of preference. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}
