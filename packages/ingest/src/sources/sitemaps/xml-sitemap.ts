// XML sitemaps (<urlset> and <sitemapindex>) read with htmlparser2's SAX parser in XML mode:
// no tree is built, so a 50,000-URL / 10 MB sitemap costs one pass over the text, and DTD
// entities are never expanded. Elements are matched by local name and position, not namespace
// prefix, because publishers vary the prefixes (news:, n:, none) but not the structure:
//   urlset > url > loc | lastmod
//   urlset > url > news > publication_date | title
//   urlset > url > news > publication > name
//   sitemapindex > sitemap > loc | lastmod
// Extensions we do not read (image:image, video:video, xhtml:link...) are ignored by position:
// their own <loc>/<title> children sit one level deeper and never match.
import { Parser } from "htmlparser2";
import { collapseWhitespace, htmlToText } from "../shared/html-to-text.ts";
import { parseFeedDate } from "../shared/parse-date.ts";
import { resolveHttpUrl } from "../shared/resolve-url.ts";
import type { SitemapRef, SitemapUrl } from "./types.ts";

type Field = "loc" | "lastmod" | "publishedAt" | "title" | "publicationName";
type Entry = Partial<Record<Field, string>>;

export interface XmlSitemap {
  kind: "index" | "urlset";
  urls: SitemapUrl[];
  sitemaps: SitemapRef[];
  skipped: number;
  duplicates: number;
}

/** Which field an element at this path fills, if any. `path` holds local names from the root. */
function fieldAt(path: string[], kind: "index" | "urlset"): Field | null {
  const depth = path.length;
  const name = path[depth - 1];
  if (depth === 3) {
    if (name === "loc") return "loc";
    if (name === "lastmod") return "lastmod";
    return null;
  }
  if (kind !== "urlset" || path[2] !== "news") return null;
  if (depth === 4 && name === "publication_date") return "publishedAt";
  if (depth === 4 && name === "title") return "title";
  if (depth === 5 && path[3] === "publication" && name === "name") return "publicationName";
  return null;
}

function localName(tag: string): string {
  const colon = tag.indexOf(":");
  return colon === -1 ? tag : tag.slice(colon + 1);
}

/** Parses a <urlset> or <sitemapindex> document; `root` is the already-sniffed root local name. */
export function parseXmlSitemap(
  xml: string,
  sitemapUrl: string,
  root: "urlset" | "sitemapindex",
): XmlSitemap {
  const kind = root === "sitemapindex" ? "index" : "urlset";
  const entryTag = kind === "index" ? "sitemap" : "url";
  const result: XmlSitemap = { kind, urls: [], sitemaps: [], skipped: 0, duplicates: 0 };
  const seen = new Set<string>();
  const path: string[] = [];
  let entry: Entry | null = null;
  let field: Field | null = null;
  let text = "";

  const finishEntry = (done: Entry) => {
    // The protocol requires absolute URLs; resolving relative ones against the sitemap is lenient.
    const resolved = resolveHttpUrl(done.loc, sitemapUrl);
    if (!resolved) {
      result.skipped++;
      return;
    }
    if (seen.has(resolved.key)) {
      result.duplicates++;
      return;
    }
    seen.add(resolved.key);
    const lastmod = parseFeedDate(done.lastmod);
    if (kind === "index") {
      result.sitemaps.push({ url: resolved.url, lastmod });
      return;
    }
    result.urls.push({
      url: resolved.url,
      lastmod,
      publishedAt: parseFeedDate(done.publishedAt),
      // Some publishers wrap news titles in CDATA with markup; show the text.
      title: done.title ? htmlToText(done.title) || null : null,
      publicationName: done.publicationName ? collapseWhitespace(done.publicationName) || null : null,
    });
  };

  const parser = new Parser(
    {
      // onopentagname (not onopentag) so the parser does not build attribute objects we never read.
      onopentagname(tag) {
        path.push(localName(tag));
        if (path.length === 2 && path[1] === entryTag) entry = {};
        else if (entry && path.length >= 3) {
          field = fieldAt(path, kind);
          text = "";
        }
      },
      ontext(data) {
        if (field) text += data;
      },
      onclosetag() {
        if (field && entry && entry[field] === undefined) entry[field] = text.trim();
        field = null;
        if (path.length === 2 && entry) {
          finishEntry(entry);
          entry = null;
        }
        path.pop();
      },
    },
    // lowerCaseTags: the protocol's names are lowercase, but hand-written sitemaps vary.
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, recognizeCDATA: true },
  );
  parser.end(xml);
  return result;
}
