import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extractArticle } from "../../src/extract/index.ts";

describe("robustness", () => {
  it("returns an empty article for empty input", () => {
    const article = extractArticle("");
    expect(article.text).toBe("");
    expect(article.wordCount).toBe(0);
    expect(article.title).toBeNull();
    expect(article.publishedAtSource).toBe("none");
  });

  it("survives pathologically deep nesting (unclosed tags)", () => {
    const prose = "A paragraph of prose buried very deep inside thousands of unclosed tags, still readable.";
    expect(extractArticle(`${"<div>".repeat(20000)}<p>${prose}</p>`).text).toBe(prose);
    expect(extractArticle(`<body>${"<font>".repeat(20000)}${prose}<script>var x = 1;</script>`).text).toBe(
      prose,
    );
  });

  it("works without <html>/<body> and ignores scripts and styles", () => {
    const html = `<style>p { color: red }</style><p>Short pages without a body element still have prose in them, and it should come out.</p><script>track()</script>`;
    const { text } = extractArticle(html);
    expect(text).toBe("Short pages without a body element still have prose in them, and it should come out.");
  });

  it("exposes a version string", () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("JSON-LD articleBody fallback", () => {
  it("uses articleBody when the page body is empty (script-rendered pages)", () => {
    const body =
      "The harbour commission approved the new tide gauge network on Tuesday.\nEngineers will install eleven sensors along the northern breakwater this spring, replacing old instruments.\nThe data will be published openly for sailing clubs, schools and emergency services.";
    const json = JSON.stringify({ "@type": "NewsArticle", headline: "Gauges", articleBody: body });
    const html = `<html><head><script type="application/ld+json">${json}</script></head><body><div id="app"></div></body></html>`;
    const { text } = extractArticle(html);
    expect(text.split("\n\n")).toHaveLength(3);
    expect(text).toContain("eleven sensors");
  });

  it("keeps the page text when there is enough of it", () => {
    const json = JSON.stringify({
      "@type": "NewsArticle",
      articleBody: "Different teaser text from the CMS.",
    });
    const prose =
      "A paragraph of prose from the page itself, long enough to be the article, with commas, and a full stop.";
    const html = `<html><head><script type="application/ld+json">${json}</script></head><body><article><p>${prose}</p><p>${prose}</p><p>${prose}</p></article></body></html>`;
    expect(extractArticle(html).text).not.toContain("Different teaser");
  });
});
