// Atom 1.0 (RFC 4287) for a theme's feed: one entry per matching article, the matched sentence as
// its summary. Everything is escaped; control characters never reach the stored text.
import type { FeedEntry } from "./theme-feed-items";

export interface FeedMeta {
  id: string;
  title: string;
  description: string;
  /** The feed's own address (with its token: that is what the reader subscribed to). */
  selfUrl: string;
  /** The theme's page in the dashboard. */
  siteUrl: string;
  updated: Date;
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:tidemark:feed:${escapeXml(meta.id)}</id>`,
    `  <title>${escapeXml(meta.title)}</title>`,
    `  <subtitle>${escapeXml(meta.description)}</subtitle>`,
    `  <updated>${meta.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(meta.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(meta.siteUrl)}"/>`,
    "  <author><name>Tidemark</name></author>",
    '  <generator uri="https://github.com/tidemark">Tidemark</generator>',
  ];
  for (const e of entries) {
    lines.push(
      "  <entry>",
      `    <id>urn:tidemark:article:${e.id}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${e.publishedAt.toISOString()}</published>`,
      `    <updated>${e.updatedAt.toISOString()}</updated>`,
      ...(e.authors.length > 0 ? e.authors : e.outlet ? [e.outlet] : []).map(
        (name) => `    <author><name>${escapeXml(name)}</name></author>`,
      ),
      ...(e.outlet ? [`    <source><title>${escapeXml(e.outlet)}</title></source>`] : []),
      ...(e.evidence ? [`    <summary type="text">${escapeXml(e.evidence)}</summary>`] : []),
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
