import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml } from "./helpers.ts";

const FETCHED = new Date("2024-06-01T12:00:00Z");

function extract(html: string, url?: string) {
  return extractArticle(html, { fetchedAt: FETCHED, ...(url === undefined ? {} : { url }) });
}

describe("publication date provenance", () => {
  it("reads JSON-LD datePublished, keeping time and offset", () => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "datePublished":"2024-03-05T08:30:00+01:00","dateModified":"2024-03-06T10:00:00+01:00"}</script>`;
    const article = extract(articleHtml({ head }));
    expect(article.publishedAt).toBe("2024-03-05T08:30:00+01:00");
    expect(article.publishedAtSource).toBe("jsonld");
    expect(article.modifiedAt).toBe("2024-03-06T10:00:00+01:00");
    expect(article.modifiedAtSource).toBe("jsonld");
  });

  it("finds the article inside a JSON-LD @graph and inside arrays", () => {
    const graph = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","name":"Harbour Daily"},
      {"@type":"WebSite","name":"Harbour Daily"},
      {"@type":["Article","NewsArticle"],"headline":"x","datePublished":"2023-11-02T07:00:00Z"}]}</script>`;
    expect(extract(articleHtml({ head: graph })).publishedAt).toBe("2023-11-02T07:00:00Z");
    const array = `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":"2023-11-03"}]</script>`;
    const article = extract(articleHtml({ head: array }));
    expect(article.publishedAt).toBe("2023-11-03");
    expect(article.publishedAtSource).toBe("jsonld");
  });

  it("reads <meta> dates (article:published_time, parsely, sailthru, dc.date)", () => {
    for (const [name, attribute] of [
      ["article:published_time", "property"],
      ["parsely-pub-date", "name"],
      ["sailthru.date", "name"],
      ["DC.date.issued", "name"],
    ] as const) {
      const head = `<meta ${attribute}="${name}" content="2022-08-07T14:03:00Z">`;
      const article = extract(articleHtml({ head }));
      expect(article.publishedAt, name).toBe("2022-08-07T14:03:00Z");
      expect(article.publishedAtSource, name).toBe("meta");
    }
  });

  it("reads <time datetime> in the article, not in the sidebar", () => {
    const body = `<p class="byline"><time class="entry-date published" datetime="2021-04-09T09:15:00-04:00">April 9</time></p>`;
    const sidebar = `<aside class="sidebar"><time datetime="2020-01-01T00:00:00Z">old</time></aside>`;
    const article = extract(articleHtml({ body, beforeBody: sidebar }));
    expect(article.publishedAt).toBe("2021-04-09T09:15:00-04:00");
    expect(article.publishedAtSource).toBe("time");
  });

  it("reads a full date in the URL path", () => {
    const article = extract(articleHtml(), "https://news.example.com/2020/10/09/harbour-gauges/");
    expect(article.publishedAt).toBe("2020-10-09");
    expect(article.publishedAtSource).toBe("url");
  });

  it("does not read a year/month URL or an id as a date", () => {
    expect(extract(articleHtml(), "https://news.example.com/2020/10/harbour-gauges/").publishedAtSource).toBe(
      "none",
    );
    expect(extract(articleHtml(), "https://news.example.com/story/8843721923/").publishedAtSource).toBe(
      "none",
    );
  });

  it.each([
    ["9. Oktober 2020", "2020-10-09"],
    ["October 9th, 2020", "2020-10-09"],
    ["9 de octubre de 2020", "2020-10-09"],
    ["le 9 octobre 2020", "2020-10-09"],
    ["09.10.2020, 14:03 Uhr", "2020-10-09"],
    ["2020年10月9日", "2020-10-09"],
    ["2020. 10. 9.", "2020-10-09"],
    ["9 октября 2020", "2020-10-09"],
  ])("reads visible text dates near the title: %s", (written, day) => {
    const body = `<div class="post-date">${written}</div>`;
    const article = extract(articleHtml({ body }));
    expect(article.publishedAt).toBe(day);
    expect(article.publishedAtSource).toBe("text");
  });

  it("reads ambiguous numeric dates month-first only on US English pages", () => {
    const body = `<div class="date">03/04/2021</div>`;
    const us = extract(articleHtml({ body }).replace("<html>", '<html lang="en-US">'));
    const de = extract(articleHtml({ body }).replace("<html>", '<html lang="de">'));
    expect(us.publishedAt).toBe("2021-03-04");
    expect(de.publishedAt).toBe("2021-04-03");
  });

  it("treats a date after an 'updated' label as the modification date", () => {
    const body = `<div class="meta">Published 2 May 2022 · Updated 4 May 2022</div>`;
    const article = extract(articleHtml({ body }));
    expect(article.publishedAt).toBe("2022-05-02");
    expect(article.modifiedAt).toBe("2022-05-04");
    expect(article.modifiedAtSource).toBe("text");
  });

  it("rejects impossible dates and falls back to the next source", () => {
    const head = `<meta property="article:published_time" content="2031-01-01T00:00:00Z">
      <meta name="date" content="1970-01-01">`;
    const future = extract(articleHtml({ head }), "https://news.example.com/2024/05/30/story");
    expect(future.publishedAt).toBe("2024-05-30");
    expect(future.publishedAtSource).toBe("url");
    const invalid = extract(articleHtml({ head: `<meta name="pubdate" content="2021-02-30">` }));
    expect(invalid.publishedAtSource).toBe("none");
  });

  it("returns none when the page has no date", () => {
    const article = extract(articleHtml());
    expect(article.publishedAt).toBeNull();
    expect(article.publishedAtSource).toBe("none");
    expect(article.modifiedAtSource).toBe("none");
  });

  it("gives a bare day when a timestamp has no zone", () => {
    const head = `<meta property="article:published_time" content="2022-08-07T14:03:00">`;
    expect(extract(articleHtml({ head })).publishedAt).toBe("2022-08-07");
  });
});
