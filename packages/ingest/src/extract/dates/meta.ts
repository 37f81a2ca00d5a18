// Dates from <meta> tags, most specific keys first. Keys are lowercase (see meta-tags.ts).
import type { MetaTags } from "../metadata/meta-tags.ts";
import type { RawDates } from "./jsonld.ts";

const PUBLISHED_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
  "published_time",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "dc.date",
  "dcterms.date",
  "dc.created",
  "citation_publication_date",
  "citation_online_date",
  "citation_date",
  "prism.publicationdate",
  "rnews:datepublished",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "originalpublicationdate",
  "publication_date",
  "publication-date",
  "publish_date",
  "publish-date",
  "publishdate",
  "published-date",
  "pubdate",
  "pub_date",
  "date_published",
  "datecreated",
  "created",
  "cxenseparse:recs:publishtime",
  "bt:pubdate",
  "og:pubdate",
  "date",
];

const MODIFIED_KEYS = [
  "article:modified_time",
  "og:article:modified_time",
  "article:modified",
  "og:updated_time",
  "datemodified",
  "dc.date.modified",
  "dcterms.modified",
  "parsely-updated",
  "sailthru.updated",
  "last-modified",
  "lastmod",
  "modified",
  "revised",
  "updated_time",
  "article.updated",
  "eomportal-lastupdate",
];

export function metaDates(meta: MetaTags): RawDates {
  return { published: valuesFor(meta, PUBLISHED_KEYS), modified: valuesFor(meta, MODIFIED_KEYS) };
}

function valuesFor(meta: MetaTags, keys: readonly string[]): string[] {
  const values: string[] = [];
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) values.push(value);
  }
  // parsely-page carries JSON with a pub_date field.
  const parsely = meta.get("parsely-page")?.[0];
  if (keys === PUBLISHED_KEYS && parsely !== undefined) {
    const match = /"pub_date"\s*:\s*"([^"]+)"/.exec(parsely);
    if (match?.[1] !== undefined) values.push(match[1]);
  }
  return values;
}
