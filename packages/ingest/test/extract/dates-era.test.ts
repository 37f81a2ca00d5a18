// Issue 11: explicit structured dates of any era, text dates only from the header region,
// published and modified kept apart, written dates in many languages.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml, PARAGRAPHS } from "./helpers.ts";

const FETCHED = new Date("2024-06-01T12:00:00Z");

function extract(html: string, url?: string) {
  return extractArticle(html, { fetchedAt: FETCHED, ...(url === undefined ? {} : { url }) });
}

describe("structured dates of any era", () => {
  it.each([
    [
      "jsonld",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1987-03-14"}</script>`,
      "",
    ],
    ["meta", `<meta property="article:published_time" content="1983-11-02T10:00:00Z">`, ""],
    ["meta", `<meta name="DC.date.issued" content="1899-07-21">`, ""],
    ["time", "", `<p class="meta"><time datetime="1981-05-06">May 6, 1981</time></p>`],
  ])("accepts a pre-1995 %s date", (source, head, body) => {
    const article = extract(articleHtml({ head, body }));
    expect(article.publishedAtSource).toBe(source);
    expect(article.publishedAt?.slice(0, 4)).toMatch(/^1[89]\d\d$/);
  });

  it("accepts a pre-1995 date in the URL path", () => {
    const article = extract(articleHtml(), "https://archive.example.com/1986/05/04/harbour/");
    expect(article.publishedAt).toBe("1986-05-04");
    expect(article.publishedAtSource).toBe("url");
  });

  it("rejects dates before 1800 and after the fetch time plus a day", () => {
    const old = `<meta property="article:published_time" content="1750-01-01">`;
    expect(extract(articleHtml({ head: old })).publishedAt).toBeNull();
    const future = `<meta property="article:published_time" content="2024-06-03T12:00:00Z">`;
    expect(extract(articleHtml({ head: future })).publishedAt).toBeNull();
    const tomorrow = `<meta property="article:published_time" content="2024-06-02T08:00:00Z">`;
    expect(extract(articleHtml({ head: tomorrow })).publishedAt).toBe("2024-06-02T08:00:00Z");
  });

  it("keeps the structured date over a later date written in the body", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1988-02-11"}</script>`;
    const body = `<p>The bonds are due April 24, 1997, the treasurer said in a statement to the harbour commission on Monday.</p>`;
    const article = extract(articleHtml({ head, body }));
    expect(article.publishedAt).toBe("1988-02-11");
  });
});

describe("text dates come from the header, never from body sentences", () => {
  it("does not take a date from a sentence of the article", () => {
    const body = `<p>${PARAGRAPHS[0]}</p><p>The bonds are due April 24, 1997, the treasurer said in a statement to the commission.</p>`;
    expect(extract(articleHtml({ body })).publishedAt).toBeNull();
  });

  it.each([
    ["en-US", "Friday, December 23, 2016", "2016-12-23"],
    ["de", "Montag, 14. Dezember 2015", "2015-12-14"],
    ["fr", "vendredi 1er mars 2019", "2019-03-01"],
    ["es", "jueves, 7 de marzo de 2019", "2019-03-07"],
    ["it", "giovedì 7 marzo 2019", "2019-03-07"],
    ["pt", "quinta-feira, 7 de março de 2019", "2019-03-07"],
    ["nl", "donderdag 7 maart 2019", "2019-03-07"],
    ["ja", "２０１９年３月７日", "2019-03-07"],
    ["zh", "2019年3月7日 10:30", "2019-03-07"],
    ["de", "07.03.2019", "2019-03-07"],
    ["en-US", "3/7/2019", "2019-03-07"],
    ["en-GB", "7/3/2019", "2019-03-07"],
  ])("reads a byline date (%s): %s", (lang, written, day) => {
    const html = articleHtml({ beforeBody: "" }).replace("<html>", `<html lang="${lang}">`);
    const withDate = html.replace("</h1>", `</h1><p class="byline">Jane Doe · ${written}</p>`);
    const article = extract(withDate);
    expect(article.publishedAt).toBe(day);
    expect(article.publishedAtSource).toBe("text");
  });
});

describe("published and modified", () => {
  it("uses a lone modified date as the publication date and says so", () => {
    const head = `<meta property="article:modified_time" content="2021-09-01T08:00:00Z">`;
    const article = extract(articleHtml({ head }));
    expect(article.publishedAt).toBe("2021-09-01T08:00:00Z");
    expect(article.publishedAtSource).toBe("meta");
    expect(article.publishedAtIsModified).toBe(true);
    expect(article.modifiedAt).toBe("2021-09-01T08:00:00Z");
  });

  it("does not flag a real publication date as modified", () => {
    const head = `<meta property="article:published_time" content="2021-08-01"><meta property="article:modified_time" content="2021-09-01">`;
    const article = extract(articleHtml({ head }));
    expect(article.publishedAt).toBe("2021-08-01");
    expect(article.publishedAtIsModified).toBe(false);
    expect(article.modifiedAt).toBe("2021-09-01");
  });

  it("reads the earlier of two unlabelled header times as published, the later as modified", () => {
    const body = `<p class="meta"><time datetime="2022-05-09">May 9</time> · <time datetime="2022-05-02">May 2</time></p>`;
    const article = extract(articleHtml({ body }));
    expect(article.publishedAt).toBe("2022-05-02");
    expect(article.modifiedAt).toBe("2022-05-09");
  });

  it("reads a <time> after an 'Updated' label as modified", () => {
    const body = `<p class="meta">Published <time datetime="2022-05-02">May 2</time>. Updated: <time datetime="2022-05-09">May 9</time></p>`;
    const article = extract(articleHtml({ body }));
    expect(article.publishedAt).toBe("2022-05-02");
    expect(article.modifiedAt).toBe("2022-05-09");
  });

  it("ignores <time> elements of other teasers on the page", () => {
    const teasers = ["Ferry fares to rise next year", "New lighthouse keeper appointed today"]
      .map(
        (title) =>
          `<article class="card"><a href="/x"><h2>${title}</h2></a><time datetime="2019-01-05">Jan 5</time></article>`,
      )
      .join("");
    const article = extract(articleHtml({ beforeBody: `<div class="strip">${teasers}</div>` }));
    expect(article.publishedAt).toBeNull();
  });
});
