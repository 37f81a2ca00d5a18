// Site name, canonical URL and lead image: plain metadata lookups with URL resolution.
import { elementsByTag } from "../dom/query.ts";
import type { ParsedDocument } from "../dom/tree.ts";
import { isJsonObject, type JsonLd, stringProp, typesOf } from "./jsonld.ts";
import { firstMeta, type MetaTags } from "./meta-tags.ts";

export function extractSiteName(meta: MetaTags, jsonLd: JsonLd): string | null {
  const fromMeta = firstMeta(meta, ["og:site_name", "application-name", "apple-mobile-web-app-title"]);
  if (fromMeta !== null) return fromMeta;
  const publisher = jsonLd.article?.publisher;
  const candidates = [
    ...(Array.isArray(publisher) ? publisher : [publisher]),
    ...jsonLd.objects.filter((object) => typesOf(object).includes("WebSite")),
  ];
  for (const candidate of candidates) {
    if (candidate !== undefined && isJsonObject(candidate)) {
      const name = stringProp(candidate, "name");
      if (name !== null) return name;
    }
  }
  return null;
}

export function extractCanonicalUrl(
  doc: ParsedDocument,
  meta: MetaTags,
  base: string | undefined,
): string | null {
  for (const link of elementsByTag(doc, "link")) {
    const rel = link.attrs.rel?.toLowerCase().split(/\s+/) ?? [];
    const href = link.attrs.href;
    if (rel.includes("canonical") && href !== undefined) {
      const resolved = resolveUrl(href, base);
      if (resolved !== null) return resolved;
    }
  }
  const ogUrl = firstMeta(meta, ["og:url", "twitter:url"]);
  return ogUrl === null ? null : resolveUrl(ogUrl, base);
}

export function extractLeadImage(
  doc: ParsedDocument,
  meta: MetaTags,
  jsonLd: JsonLd,
  base: string | undefined,
): string | null {
  const fromMeta = firstMeta(meta, [
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
  ]);
  if (fromMeta !== null) return resolveUrl(fromMeta, base);
  const image = jsonLd.article?.image;
  const first = Array.isArray(image) ? image[0] : image;
  if (typeof first === "string") return resolveUrl(first, base);
  if (first !== undefined && isJsonObject(first)) {
    const url = stringProp(first, "url") ?? stringProp(first, "contentUrl");
    if (url !== null) return resolveUrl(url, base);
  }
  for (const link of elementsByTag(doc, "link")) {
    if (link.attrs.rel?.toLowerCase() === "image_src" && link.attrs.href !== undefined) {
      return resolveUrl(link.attrs.href, base);
    }
  }
  return null;
}

/** Absolute http(s) URL, or null for junk ("#", "javascript:", unparsable). */
export function resolveUrl(href: string, base: string | undefined): string | null {
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return null;
  if (!URL.canParse(trimmed, base)) return null;
  const url = new URL(trimmed, base);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
