import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { PARAGRAPHS } from "./helpers.ts";

function page(head: string, heading = ""): string {
  const body = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("");
  return `<html><head>${head}</head><body><article>${heading}<div>${body}</div></article></body></html>`;
}

describe("title", () => {
  it("strips a ' | Site' suffix named by og:site_name", () => {
    const html = page(
      `<title>Tide gauges approved | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily">`,
    );
    expect(extractArticle(html).title).toBe("Tide gauges approved");
  });

  it("strips ' - Site' and ' – Site' suffixes matching the domain", () => {
    const options = { url: "https://www.harbourdaily.com/news/1" };
    expect(extractArticle(page("<title>Tide gauges approved - HarbourDaily</title>"), options).title).toBe(
      "Tide gauges approved",
    );
    expect(
      extractArticle(page("<title>Tide gauges approved – Harbourdaily.com</title>"), options).title,
    ).toBe("Tide gauges approved");
  });

  it("strips a site prefix", () => {
    const html = page(
      `<title>Harbour Daily | Tide gauges approved by the commission</title><meta property="og:site_name" content="Harbour Daily">`,
    );
    expect(extractArticle(html).title).toBe("Tide gauges approved by the commission");
  });

  it("keeps a dash that belongs to the headline when the h1 agrees", () => {
    const html = page(
      "<title>Harbour wins funding - and the gauges follow | Harbour Daily</title>",
      "<h1>Harbour wins funding - and the gauges follow</h1>",
    );
    expect(extractArticle(html).title).toBe("Harbour wins funding - and the gauges follow");
  });

  it("prefers og:title, then JSON-LD headline, over the <title> tag", () => {
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline from JSON-LD"}</script>`;
    expect(
      extractArticle(page(`<title>Tag title</title><meta property="og:title" content="OG title">${jsonLd}`))
        .title,
    ).toBe("OG title");
    expect(extractArticle(page(`<title>Tag title</title>${jsonLd}`)).title).toBe("Headline from JSON-LD");
  });

  it("ignores a site-name <h1> and uses the article heading", () => {
    const html = `<html><head><title>Harbour Blog</title></head><body>
      <header><h1 class="site-title"><a href="/" rel="home">Harbour Blog</a></h1></header>
      <article><h1 class="entry-title">Our first week with the new gauges</h1>
      <div class="entry-content">${PARAGRAPHS.map((text) => `<p>${text}</p>`).join("")}</div></article></body></html>`;
    expect(extractArticle(html).title).toBe("Our first week with the new gauges");
  });

  it("prefers a heading named as the entry's title over a tagline <h1> above the article", () => {
    const body = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("");
    const html = `<html><head><title>blog | Harbour Watch</title></head><body>
<header><h1>tides boats harbour <a href="/tags/sailing/">sailing club</a></h1></header>
<main><div class="post"><h2 class="entry-title"><a href="/2024/03/gauges/">Gauges go up on the north quay</a></h2>
<div class="entry-content">${body}</div></div></main></body></html>`;
    expect(extractArticle(html).title).toBe("Gauges go up on the north quay");
  });

  it("keeps an <h1> above the article when no heading is named as the entry's title", () => {
    const body = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("");
    const html = `<html><head><title>blog | Harbour Watch</title></head><body>
<header><h1>Gauges go up on the north quay</h1></header>
<main><div class="post"><h2 class="section-label">Harbour news today</h2>
<div class="entry-content">${body}</div></div></main></body></html>`;
    expect(extractArticle(html).title).toBe("Gauges go up on the north quay");
  });
});
