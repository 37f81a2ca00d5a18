// Issue 11: bodies of any shape — bodiless documents, tables, script-only text, boilerplate-named
// ancestors, trailing furniture, short wire briefs, binary input.
import { describe, expect, it } from "vitest";
import { ExtractionError, extractArticle } from "../../src/extract/index.ts";
import { articleHtml, PARAGRAPHS } from "./helpers.ts";

const paragraphs = PARAGRAPHS.map((text) => `<p>${text}</p>`).join("");

describe("documents without a <body>", () => {
  it.each([
    ["an open <head>", `<html><head><title>Tide gauges</title><h1>Tide gauges</h1>${paragraphs}`],
    ["no <html> at all", `<meta charset="utf-8"><title>Tide gauges</title><h1>Tide gauges</h1>${paragraphs}`],
  ])("finds the text with %s", (_, html) => {
    const { text } = extractArticle(html);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });
});

describe("class-name rules never take the article", () => {
  it.each(["paywall-container", "content sidebar-right", "articleAds", "comment-area-wrap"])(
    "keeps an article whose ancestor is called %s",
    (name) => {
      const related = Array.from(
        { length: 6 },
        (_, i) =>
          `<p>Related story number ${i} about the ferry timetable, the harbour fees and the lighthouse museum reopening this summer after repairs.</p>`,
      ).join("");
      const html = `<html><body><h1>Harbour approves tide gauge network</h1><div class="${name}"><div>${paragraphs}</div></div><div class="more">${related}</div></body></html>`;
      const { text } = extractArticle(html);
      for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    },
  );
});

describe("tables and short lines inside the article", () => {
  it("renders data-table rows as text rows", () => {
    const table = `<table><tr><th>Port</th><th>Level</th></tr><tr><td>North quay</td><td>2.31 m</td></tr><tr><td>South quay</td><td>2.07 m</td></tr></table>`;
    const { text } = extractArticle(articleHtml({ body: table }));
    expect(text).toContain("North quay\t2.31 m");
    expect(text).toContain("South quay\t2.07 m");
  });

  it("keeps a wire brief with a short table", () => {
    const brief =
      "The harbour commission approved eleven new tide gauges on Tuesday after two years of consultation with ferry operators.";
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="story"><h1>Gauges approved</h1><p>${brief}</p><table><tr><td>Gauges</td><td>11</td></tr><tr><td>Cost</td><td>1.2m</td></tr></table></div></body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain(brief);
    expect(article.text).toContain("Gauges\t11");
    expect(article.wordCount).toBeGreaterThanOrEqual(15);
  });
});

describe("text that lives outside the DOM", () => {
  const shell = (head: string, body: string): string =>
    `<html><head><title>Tide gauges</title>${head}</head><body><div id="root">Loading…</div>${body}</body></html>`;

  it("uses JSON-LD articleBody when the page shows only a teaser", () => {
    const teaser = `<html><head><script type="application/ld+json">${JSON.stringify({
      "@type": "NewsArticle",
      articleBody: PARAGRAPHS.join("\n\n"),
    })}</script></head><body><article><h1>Tide gauges</h1><p>${PARAGRAPHS[0]}</p><p>Subscribe to continue reading this story.</p></article></body></html>`;
    const { text } = extractArticle(teaser);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).not.toContain("Subscribe to continue reading");
  });

  it("reads a <script type=text/template> body", () => {
    const html = shell(
      "",
      `<script type="text/template"><article><h1>Tide gauges</h1>${paragraphs}</article></script>`,
    );
    const { text } = extractArticle(html);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it("reads the article from JSON state, not the related teasers", () => {
    const state = {
      props: {
        article: { body: PARAGRAPHS.map((text) => ({ type: "paragraph", text })) },
        related: [
          { summary: "A shorter teaser about ferry fares that is long enough to be prose for sure." },
        ],
      },
    };
    const html = shell(
      "",
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`,
    );
    const { text } = extractArticle(html);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).not.toContain("ferry fares");
  });
});

describe("trailing furniture", () => {
  it.each([
    "© 2024 Harbour Daily. All rights reserved.",
    "Sign up for our newsletter to get the top harbour stories in your inbox every morning.",
    "Jane Doe is a staff writer covering the coast. Contact her at jane@example.org.",
    "Subscribe to continue reading. Already a subscriber? Log in.",
  ])("drops a closing paragraph: %s", (closing) => {
    const { text } = extractArticle(
      articleHtml({ afterBody: "" }).replace("</div></article>", `<p>${closing}</p></div></article>`),
    );
    expect(text).not.toContain(closing);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it("keeps such words in the middle of the story", () => {
    const middle =
      "The commission will publish a newsletter for sailing clubs with the gauge readings every week.";
    const html = articleHtml().replace(`<p>${PARAGRAPHS[1]}</p>`, `<p>${PARAGRAPHS[1]}</p><p>${middle}</p>`);
    const { text } = extractArticle(html);
    expect(text).toContain(middle);
  });
});

describe("input that is not HTML", () => {
  it("refuses random bytes decoded as text", () => {
    let state = 7;
    const bytes = Array.from({ length: 50_000 }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % 256;
    });
    const text = Buffer.from(bytes).toString("latin1");
    expect(() => extractArticle(text)).toThrow(ExtractionError);
    try {
      extractArticle(text);
    } catch (error) {
      expect(error instanceof ExtractionError && error.code).toBe("not_html");
    }
  });

  it("refuses a PDF", () => {
    expect(() => extractArticle("%PDF-1.4\n1 0 obj << /Type /Catalog >>")).toThrow(/binary/);
  });

  it("accepts HTML with a few stray control characters", () => {
    const html = articleHtml({ body: "<p>Odd\u0001byte here.</p>" });
    expect(extractArticle(html).text).toContain(PARAGRAPHS[0]);
  });
});

describe("furniture lines", () => {
  it("drops widget controls and ad labels but keeps data rows that share their words", () => {
    const rows = `<table><tr><td>Open</td><td>81.4</td></tr><tr><td>Close</td><td>82.1</td></tr></table>`;
    const html = articleHtml({ body: `<p>Bild anzeigen Bild schließen</p><p>- Anzeige -</p>${rows}` });
    const { text } = extractArticle(html);
    expect(text).not.toContain("Bild anzeigen");
    expect(text).not.toContain("Anzeige");
    expect(text).toContain("Close\t82.1");
    expect(text).toContain("Open\t81.4");
  });
});
