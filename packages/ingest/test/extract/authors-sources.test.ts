// Author credits beside the name (archive-link labels, staff labels, handles), commenters and
// teaser credits that are not the author's, and the page's own spelling of several names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml } from "./helpers.ts";

function withByline(byline: string, className = "byline"): ReturnType<typeof extractArticle> {
  return extractArticle(articleHtml().replace("</h1>", `</h1><div class="${className}">${byline}</div>`));
}

describe("noise next to a name", () => {
  it.each([
    [
      `<span class="x"><a rel="author" href="/u/ines">View all posts by Ines Brandt</a></span>`,
      "Ines Brandt",
    ],
    [`Ines Brandt <a href="/suche?autor=ines">Alle Artikel</a>`, "Ines Brandt"],
    [`<a href="/a/ines">Ines Brandt</a> <span class="role">Harbourtown Staff</span>`, "Ines Brandt"],
    [`Ines Brandt <a href="https://twitter.com/ibrandt_news">ibrandt_news</a>`, "Ines Brandt"],
    [`Ines Brandt (@ibrandt) ines.brandt@example.org`, "Ines Brandt"],
    [`Interview: Ines Brandt Foto: Tom Weller`, "Ines Brandt"],
    [`By Ines Brandt Staff Writer`, "Ines Brandt"],
    [`By Ines Brandt, Special to The Harbour Gazette`, "Ines Brandt"],
  ])("%s", (byline, expected) => {
    expect(withByline(byline).byline).toBe(expected);
  });

  it("keeps an outlet after the names in the byline as written, not in the names", () => {
    const article = withByline("By Ines Brandt and Tom Weller for The Harbour Gazette");
    expect(article.authors).toEqual(["Ines Brandt", "Tom Weller"]);
    expect(article.byline).toBe("Ines Brandt and Tom Weller for The Harbour Gazette");
  });

  it("keeps a full name written as a social link's text", () => {
    expect(withByline(`By <a href="https://x.com/ibrandt">Ines Brandt</a>`).byline).toBe("Ines Brandt");
  });

  it("drops a host name credited next to a person in the same meta key", () => {
    const head = `<meta name="author" content="Ines Brandt, harbourtown.news">`;
    expect(extractArticle(articleHtml({ head })).authors).toEqual(["Ines Brandt"]);
  });

  it("drops a user name with an underscore", () => {
    const head = `<meta name="author" content="ines_brandt"><meta name="dc.creator" content="Ines Brandt">`;
    expect(extractArticle(articleHtml({ head })).authors).toEqual(["Ines Brandt"]);
  });
});

describe("JSON-LD persons", () => {
  it("builds a name from givenName and familyName", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Ines","familyName":"Brandt"}}</script>`;
    expect(extractArticle(articleHtml({ head })).byline).toBe("Ines Brandt");
  });
});

describe("credits that are not the author's", () => {
  it("skips a commenter's name in the comment thread", () => {
    const html = articleHtml({
      afterBody: `<ol class="comment-list"><li><span class="comment-author">Ola Nordmann</span> wrote: nice</li></ol>`,
    });
    expect(extractArticle(html).byline).toBeNull();
  });

  it("reads each meta key as its own credit", () => {
    const head = `<meta name="author" content="Ines Brandt"><meta property="article:author" content="Harbourtown Daily">`;
    expect(extractArticle(articleHtml({ head })).byline).toBe("Ines Brandt");
  });

  it("ignores microdata credits of cited works and teaser cards after the page's own", () => {
    const cited = (name: string) =>
      `<li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle"><meta itemprop="author" content="${name}"></li>`;
    const teaser = (name: string) =>
      `<article class="card"><span itemprop="author">${name}</span><a href="/x">Other story</a></article>`;
    const html = articleHtml({
      body: `<p class="credit" itemprop="author">Ines Brandt</p>`,
      afterBody: `<ol>${cited("K. Osei")}${cited("P. Lind")}</ol>${teaser("Tom Weller")}${teaser("Ana Ruiz")}`,
    });
    expect(extractArticle(html).authors).toEqual(["Ines Brandt"]);
  });

  it("skips the byline of a teaser card (another <article>), even one inside the container", () => {
    const card = `<article class="card"><h3><a href="/other">Ferry timetable changes</a></h3><span class="author">von Tom Weller</span></article>`;
    const html = articleHtml().replace("</div></article>", `${card}</div></article>`);
    expect(extractArticle(html).byline).toBeNull();
  });

  it("still reads the byline inside the page's own <article>", () => {
    expect(withByline("von Ines Brandt", "author").byline).toBe("Ines Brandt");
  });

  it("takes the credit line at the end of the article text, past the container's furniture", () => {
    const furniture = Array.from({ length: 9 }, (_, i) => `<li><a href="/share/${i}">Share ${i}</a></li>`);
    const lead = Array.from({ length: 9 }, (_, i) => `<p>Short lead line number ${i} of the tide story.</p>`);
    const html = articleHtml({ body: lead.join("") }).replace(
      "</div></article>",
      `<p><strong>Autorin: Ines Brandt, Projektleiterin</strong></p><ul class="share-links">${furniture.join("")}</ul></div></article>`,
    );
    expect(extractArticle(html).authors).toEqual(["Ines Brandt"]);
  });

  it("falls back to the most linked author archive page", () => {
    const box = `<div class="profile-box"><a href="https://example.org/author/ines/">Alles von Ines Brandt</a><a href="https://example.org/author/ines/">Ines Brandt</a></div>`;
    const html = articleHtml({
      beforeBody: `<nav><a href="https://example.org/author/tom/">Tom Weller</a></nav>`,
      afterBody: box,
    });
    expect(extractArticle(html).byline).toBe("Ines Brandt");
  });
});

describe("several authors", () => {
  it("writes them as the page's meta spells them", () => {
    const head = `<meta name="author" content="Ines Brandt, Tom Weller"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ines Brandt"},{"@type":"Person","name":"Tom Weller"}]}</script>`;
    expect(extractArticle(articleHtml({ head })).byline).toBe("Ines Brandt, Tom Weller");
  });

  it("joins a machine-joined list ('A,B') with the page's word for 'and'", () => {
    const head = `<meta name="author" content="Ines Brandt,Tom Weller">`;
    expect(extractArticle(articleHtml({ head })).byline).toBe("Ines Brandt and Tom Weller");
  });
});

describe("a page that credits no one", () => {
  it("is credited to the publication it declares, in the byline only (no person named)", () => {
    const head = `<meta property="og:site_name" content="Harbour Gazette">`;
    const article = extractArticle(articleHtml({ head }));
    expect(article.byline).toBe("Harbour Gazette");
    expect(article.authors).toEqual([]);
  });

  it("turns a host name given as site name into its name", () => {
    const head = `<meta property="og:site_name" content="www.harbourgazette.example">`;
    expect(extractArticle(articleHtml({ head })).byline).toBe("Harbourgazette");
  });

  it("prefers a person's byline to the publication", () => {
    const head = `<meta property="og:site_name" content="Harbour Gazette">`;
    const html = articleHtml({ head }).replace("</h1>", `</h1><div class="byline">By Ines Brandt</div>`);
    expect(extractArticle(html).byline).toBe("Ines Brandt");
  });
});
