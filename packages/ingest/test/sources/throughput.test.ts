// Throughput of the big-input paths. Timings are printed, not asserted: the CI machines are shared
// and a flaky timing test is worse than none. The counts are asserted so the work is real.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/sources/feeds/parse-feed.ts";
import { filterSitemapUrls } from "../../src/sources/sitemaps/filter.ts";
import { parseSitemap } from "../../src/sources/sitemaps/parse-sitemap.ts";

const URL_COUNT = 50_000;

function bigSitemap(): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
  ];
  for (let i = 0; i < URL_COUNT; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    const news =
      i % 10 === 0
        ? `<news:news><news:publication><news:name>Harbour</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-${month}-${day}T08:00:00Z</news:publication_date><news:title>Story number ${i} &amp; more</news:title></news:news>`
        : "";
    parts.push(
      `<url><loc>https://www.harbour-gazette.example/section-${i % 20}/2024/${month}/${day}/a-reasonably-long-article-slug-number-${i}</loc><lastmod>2024-${month}-${day}T10:15:00+00:00</lastmod><changefreq>never</changefreq><priority>0.5</priority>${news}</url>`,
    );
  }
  parts.push("</urlset>");
  return parts.join("\n");
}

function report(label: string, bytes: number, ms: number, count: number): void {
  const mbPerSecond = bytes / 1024 / 1024 / (ms / 1000);
  console.log(
    `[throughput] ${label}: ${count} entries, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${ms.toFixed(0)} ms (${mbPerSecond.toFixed(0)} MB/s)`,
  );
}

function time<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

describe("throughput", () => {
  const xml = bigSitemap();
  const bytes = Buffer.from(xml);

  it("parses a 50,000-URL sitemap", () => {
    const { result, ms } = time(() => parseSitemap(bytes, "https://www.harbour-gazette.example/sitemap.xml"));
    report("sitemap xml", bytes.length, ms, result.kind === "urlset" ? result.urls.length : 0);
    expect(result.kind === "urlset" && result.urls.length).toBe(URL_COUNT);
  });

  it("parses the same sitemap gzipped", () => {
    const gz = gzipSync(bytes);
    const { result, ms } = time(() => parseSitemap(gz, "https://www.harbour-gazette.example/sitemap.xml.gz"));
    report(`sitemap gzip (${(gz.length / 1024).toFixed(0)} KB compressed)`, bytes.length, ms, URL_COUNT);
    expect(result.kind === "urlset" && result.urls.length).toBe(URL_COUNT);
  });

  it("filters 50,000 URLs by date, pattern and limit", () => {
    const parsed = parseSitemap(bytes, "https://www.harbour-gazette.example/sitemap.xml");
    const urls = parsed.kind === "urlset" ? parsed.urls : [];
    const { result, ms } = time(() =>
      filterSitemapUrls(urls, {
        since: new Date("2024-06-01T00:00:00Z"),
        pattern: "/section-1*/2024/**",
        limit: 1000,
      }),
    );
    report("filter", 0, ms, result.urls.length);
    expect(result.urls).toHaveLength(1000);
  });

  it("parses a 2,000-item RSS feed", () => {
    let items = "";
    for (let i = 0; i < 2000; i++) {
      items += `<item><title>Item ${i} &amp; more</title><link>https://e.example/a/${i}</link><guid>https://e.example/a/${i}</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><description><![CDATA[<p>Some <b>html</b> text, long enough to be realistic: lorem ipsum dolor sit amet.</p>]]></description></item>`;
    }
    const body = `<rss version="2.0"><channel><title>Big</title><link>https://e.example/</link>${items}</channel></rss>`;
    const { result, ms } = time(() => parseFeed(body, "https://e.example/feed"));
    report("rss feed", Buffer.byteLength(body), ms, result.items.length);
    expect(result.items).toHaveLength(2000);
  });
});
