import { describe, expect, it } from "vitest";
import { SourceParseError } from "../../src/sources/errors.ts";
import { filterSitemapUrls } from "../../src/sources/sitemaps/filter.ts";
import type { SitemapUrl } from "../../src/sources/sitemaps/types.ts";
import { compileUrlPattern } from "../../src/sources/sitemaps/url-pattern.ts";

const entry = (path: string, dates: { lastmod?: string; publishedAt?: string } = {}): SitemapUrl => ({
  url: `https://harbour.example${path}`,
  lastmod: dates.lastmod ?? null,
  publishedAt: dates.publishedAt ?? null,
  title: null,
  publicationName: null,
});

const URLS: SitemapUrl[] = [
  entry("/2024/05/pier", { publishedAt: "2024-05-14T09:00:00.000Z", lastmod: "2023-01-01T00:00:00.000Z" }),
  entry("/2024/04/ferry", { lastmod: "2024-04-20T00:00:00.000Z" }),
  entry("/2023/12/storm", { lastmod: "2023-12-01T00:00:00.000Z" }),
  entry("/tags/harbour"),
  entry("/2024/06/future", { publishedAt: "2024-06-01T00:00:00.000Z" }),
];

const paths = (urls: SitemapUrl[]) => urls.map((u) => new URL(u.url).pathname);

describe("filterSitemapUrls: dates", () => {
  it("uses publishedAt before lastmod, since inclusive, until exclusive, and drops undated by default", () => {
    const result = filterSitemapUrls(URLS, {
      since: new Date("2024-04-20T00:00:00Z"),
      until: new Date("2024-06-01T00:00:00Z"),
    });
    expect(paths(result.urls)).toEqual(["/2024/05/pier", "/2024/04/ferry"]);
    expect(result.dropped).toEqual({ undated: 1, beforeSince: 1, afterUntil: 1, pattern: 0, limit: 0 });
  });

  it("keeps undated URLs when asked to", () => {
    const result = filterSitemapUrls(URLS, { since: new Date("2024-05-01T00:00:00Z"), keepUndated: true });
    expect(paths(result.urls)).toEqual(["/2024/05/pier", "/tags/harbour", "/2024/06/future"]);
    expect(result.dropped.undated).toBe(0);
  });

  it("keeps everything, dated or not, without a date window", () => {
    expect(filterSitemapUrls(URLS).urls).toHaveLength(URLS.length);
  });

  it("rejects invalid Dates and limits", () => {
    expect(() => filterSitemapUrls(URLS, { since: new Date("nope") })).toThrow(RangeError);
    expect(() => filterSitemapUrls(URLS, { limit: -1 })).toThrow(RangeError);
    expect(() => filterSitemapUrls(URLS, { limit: 1.5 })).toThrow(RangeError);
  });
});

describe("filterSitemapUrls: pattern and limit", () => {
  it("filters by glob and counts the drops", () => {
    const result = filterSitemapUrls(URLS, { pattern: "/2024/*/" });
    expect(paths(result.urls)).toEqual(["/2024/05/pier", "/2024/04/ferry", "/2024/06/future"]);
    expect(result.dropped.pattern).toBe(2);
  });

  it("caps the count keeping the newest, in sitemap order", () => {
    const result = filterSitemapUrls(URLS, { limit: 2 });
    expect(paths(result.urls)).toEqual(["/2024/05/pier", "/2024/06/future"]);
    expect(result.dropped.limit).toBe(3);
  });

  it("applies date, then pattern, then limit, attributing each drop once", () => {
    const result = filterSitemapUrls(URLS, {
      since: new Date("2023-06-01T00:00:00Z"),
      pattern: "/2024/**",
      limit: 1,
    });
    expect(paths(result.urls)).toEqual(["/2024/06/future"]);
    expect(result.dropped).toEqual({ undated: 1, beforeSince: 0, afterUntil: 0, pattern: 1, limit: 2 });
  });

  it("treats a blank pattern as no filter and reports a bad one as invalid_pattern", () => {
    expect(filterSitemapUrls(URLS, { pattern: "  " }).urls).toHaveLength(URLS.length);
    const run = () => filterSitemapUrls(URLS, { pattern: `/${"a".repeat(600)}` });
    expect(run).toThrow(SourceParseError);
    expect(run).toThrow(/longer than 500 characters/);
  });
});

describe("compileUrlPattern", () => {
  const matches = (pattern: string, path: string) =>
    compileUrlPattern(pattern).test(`https://h.example${path}`);

  it.each([
    ["/news", "/news", true],
    ["/news", "/news/a/b", true],
    ["/news", "/newsroom", false],
    ["/2024/*/", "/2024/05/story", true],
    ["/2024/*/", "/2024/05/", true],
    ["/2024/*/", "/2024/05", false],
    ["/2024/*/", "/2023/05/story", false],
    ["/*/politics/*", "/en/politics/vote", true],
    ["/*/politics/*", "/politics/vote", false],
    ["**/politics/**", "/en/gb/politics/vote", true],
    ["/story-*.html$", "/story-12.html", true],
    ["/story-*.html$", "/story-12.html/amp", false],
    ["/search?q=*", "/search?q=tide", true],
    ["2024/05", "/2024/05/x", true],
    ["https://OTHER.example/2024/", "/2024/05/x", true],
    ["/café/*", "/caf%C3%A9/x", true],
    ["/News", "/news/x", false],
  ])("%s against %s → %s", (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it("ignores the fragment of the tested URL", () => {
    expect(compileUrlPattern("/a$").test("https://h.example/a#section")).toBe(true);
  });

  it("stays fast on adversarial patterns that would backtrack badly as a RegExp", () => {
    const pattern = compileUrlPattern(`/${"*a".repeat(20)}*b`);
    const started = performance.now();
    expect(pattern.test(`https://h.example/${"a".repeat(4000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
