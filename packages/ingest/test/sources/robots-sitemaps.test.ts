import { describe, expect, it } from "vitest";
import { sitemapsFromRobots } from "../../src/sources/robots-sitemaps.ts";

describe("sitemapsFromRobots", () => {
  it("collects Sitemap lines anywhere in the file, any case, absolute and de-duplicated", () => {
    const robots = [
      "\uFEFFUser-agent: *",
      "Disallow: /admin",
      "Sitemap: https://harbour.example/sitemap_index.xml",
      "",
      "User-agent: Googlebot-News",
      "sitemap:https://harbour.example/news-sitemap.xml # news only",
      "  SITEMAP :   /relative-sitemap.xml",
      "Sitemap: https://harbour.example/sitemap_index.xml",
      "Sitemap: ftp://harbour.example/old.xml",
      "Sitemap: https://harbour.example/tagged.xml#see-docs",
      "Sitemap:",
      "# Sitemap: https://harbour.example/commented.xml",
      "Disallow: /sitemap: not a field",
    ].join("\r\n");
    expect(sitemapsFromRobots(robots, "https://harbour.example/robots.txt")).toEqual([
      "https://harbour.example/sitemap_index.xml",
      "https://harbour.example/news-sitemap.xml",
      "https://harbour.example/relative-sitemap.xml",
      "https://harbour.example/tagged.xml",
    ]);
  });

  it("returns nothing for a robots.txt without sitemaps", () => {
    expect(sitemapsFromRobots("User-agent: *\nDisallow:\n", "https://a.example/robots.txt")).toEqual([]);
  });
});
