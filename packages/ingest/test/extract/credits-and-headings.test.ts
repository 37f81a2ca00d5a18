// Issue 11, second pass on titles and authors (general rules found on the tuning part of the dev
// set): site headings recognised by their home link, <h2> headlines on pages without an article
// <h1>, organisations credited as author deferred to a person credited in the article, bylines
// as the page writes them, JSON-LD author references.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml, PARAGRAPHS } from "./helpers.ts";

const prose = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("");

describe("titles", () => {
  it("treats an <h1> linking to the site's root as the site's heading, and strips it from the title", () => {
    const html = `<html><head><title>Tide gauges approved - Harbour Notes</title></head><body>
      <header><h1><a href="https://example.org/">Harbour Notes</a></h1></header>
      <main><h2>Tide gauges approved</h2>${prose}</main></body></html>`;
    expect(extractArticle(html, { url: "https://example.org/2021/05/tide-gauges" }).title).toBe(
      "Tide gauges approved",
    );
  });

  it("recognises a home link wrapped in an archive's address", () => {
    const site = "https://archive.example/web/2014/http://harbour.example/";
    const html = `<html><head><title>Harbour Notes » Blog Archive » Tide gauges approved</title></head><body>
      <h1><a href="${site}">Harbour Notes</a></h1><div class="post">${prose}</div></body></html>`;
    expect(extractArticle(html, { url: `${site}2013/08/tide-gauges/` }).title).toBe("Tide gauges approved");
  });

  it("takes the <h2> opening the article when the page has no article <h1>", () => {
    const html = `<html><head><title>Volunteer Fire Brigade - Training</title></head><body>
      <div class="content"><h2>Boat crew training</h2>${prose}</div></body></html>`;
    expect(extractArticle(html).title).toBe("Boat crew training");
  });

  it("keeps an <h1> that is not a home link", () => {
    const html = articleHtml({ head: "<title>Harbour approves tide gauge network | Coast Daily</title>" });
    expect(extractArticle(html, { url: "https://coast.example/a/1" }).title).toBe(
      "Harbour approves tide gauge network",
    );
  });
});

describe("authors", () => {
  it("prefers a person credited in the article over an organisation in the author tag", () => {
    const html = articleHtml({
      head: `<meta name="author" content="Bund der Hafenfreunde e.V.">`,
      body: "<h5><em>Von Leonora Holling</em></h5>",
    });
    const article = extractArticle(html);
    expect(article.authors).toEqual(["Leonora Holling"]);
  });

  it("defers a JSON-LD Organization author to a person credit, and keeps it when there is none", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"LN"}}</script>`;
    expect(extractArticle(articleHtml({ head, body: "<p><em>By Cosima Künzel</em></p>" })).authors).toEqual([
      "Cosima Künzel",
    ]);
    expect(extractArticle(articleHtml({ head })).authors).toEqual(["LN"]);
  });

  it("resolves a JSON-LD author given as a reference into the graph", () => {
    const head = `<script type="application/ld+json">{"@graph":[
      {"@type":"Article","author":{"@id":"https://example.org/#/person/1"}},
      {"@type":"Person","@id":"https://example.org/#/person/1","name":"Jane Doe"}]}</script>`;
    expect(extractArticle(articleHtml({ head })).authors).toEqual(["Jane Doe"]);
  });

  it("writes a byline from one credit string as the page does", () => {
    const head = `<meta name="author" content="Markus Haefliger, Beat Bumbacher">`;
    const article = extractArticle(articleHtml({ head }));
    expect(article.authors).toEqual(["Markus Haefliger", "Beat Bumbacher"]);
    expect(article.byline).toBe("Markus Haefliger, Beat Bumbacher");
  });

  it("joins a list of authors with the page language's 'and'", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Fiona Berg"},{"@type":"Person","name":"Mariam Hof"}]}</script>`;
    const html = articleHtml({ head }).replace("<html>", '<html lang="de">');
    expect(extractArticle(html).byline).toBe("Fiona Berg und Mariam Hof");
  });
});
