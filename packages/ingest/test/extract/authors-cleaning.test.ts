// Issue 11: author names cleaned of roles, dates and "By"; several authors kept as a list.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml } from "./helpers.ts";

function authorsOf(byline: string, className = "byline"): string[] {
  const html = articleHtml().replace("</h1>", `</h1><div class="${className}">${byline}</div>`);
  return extractArticle(html).authors;
}

describe("author cleaning", () => {
  it.each([
    ["By Jane Doe, Staff Writer", ["Jane Doe"]],
    ["By Jane Doe | Senior Correspondent", ["Jane Doe"]],
    ["Von Max Muster, Redakteur", ["Max Muster"]],
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["<span>By</span><a>Jane Doe</a> Thursday, May 9, 2023", ["Jane Doe"]],
  ])("%s", (byline, expected) => {
    expect(authorsOf(byline)).toEqual(expected);
  });

  it("reads a byline named with a prefix (blog-author, date-author)", () => {
    expect(authorsOf("By John Walk -", "blog-author f5")).toEqual(["John Walk"]);
    expect(authorsOf("Janic Cathomen, 01.12.2021", "date-author")).toEqual(["Janic Cathomen"]);
  });

  it("skips a labelled element that holds only a label", () => {
    const html = articleHtml().replace(
      "</h1>",
      `</h1><span class="meta-prep-author">Published on</span> <span class="author">Jane Doe</span>`,
    );
    expect(extractArticle(html).authors).toEqual(["Jane Doe"]);
  });

  it("takes the name from a date line ('Name · date')", () => {
    const html = articleHtml().replace("</h1>", `</h1><p class="post-meta">Jane Doe · 12 May 2021</p>`);
    expect(extractArticle(html).authors).toEqual(["Jane Doe"]);
  });

  it("keeps several JSON-LD authors as a list", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>`;
    const article = extractArticle(articleHtml({ head }));
    expect(article.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(article.byline).toBe("Jane Doe and John Roe");
  });
});

describe("agency credits", () => {
  it("drops an agency credited next to a reporter, keeps it alone", () => {
    expect(authorsOf("By Jane Doe, Associated Press")).toEqual(["Jane Doe"]);
    expect(authorsOf("By Reuters")).toEqual(["Reuters"]);
  });

  it("takes initials after a 'Von' label in a meta line, up to 'am <date>'", () => {
    expect(authorsOf("Von K. L. am 3. März 2014 in Hafen", "postmetadata")).toEqual(["K. L."]);
  });

  it("reads a date and name line standing right before the headline, without any class", () => {
    const html = articleHtml().replace("<h1>", "<small>12.03.2022 | 09:40 Uhr | Hanne Quist</small><h1>");
    expect(extractArticle(html).authors).toEqual(["Hanne Quist"]);
  });

  it("takes the text credit, not the illustration credit, from a shared credit line", () => {
    const html = articleHtml({
      body: "<p><em>Text von Lene Saarholm &nbsp; Illustration von Piet Vorn</em></p>",
    });
    expect(extractArticle(html).authors).toEqual(["Lene Saarholm"]);
  });
});
