// Author rules checked on pages no earlier author rule was tuned on (issue 11, fifth pass):
// escaped JSON-LD, picture credits, labels in any script, publication labels in a byline,
// name shape, and CJK bylines that glue outlet and title to the name.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml } from "./helpers.ts";

function withByline(markup: string): ReturnType<typeof extractArticle> {
  return extractArticle(articleHtml().replace("</h1>", `</h1>${markup}`));
}

function withJsonLd(article: Record<string, unknown>): ReturnType<typeof extractArticle> {
  const head = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", ...article })}</script>`;
  return extractArticle(articleHtml({ head }));
}

describe("JSON-LD authors", () => {
  it("decodes HTML entities written into JSON-LD names", () => {
    const article = withJsonLd({ author: { "@type": "Person", name: "H&#233;ctor J. Cruz" } });
    expect(article.authors).toEqual(["Héctor J. Cruz"]);
    expect(withJsonLd({ author: "Jos&#xE9; Volta e Pinto" }).authors).toEqual(["José Volta e Pinto"]);
  });

  it("takes a Person creator when the author is only an organisation", () => {
    const article = withJsonLd({
      author: { "@type": "Organization", name: "Example Answers Inc." },
      creator: { "@type": "Person", name: "Jane Doe" },
    });
    expect(article.authors).toEqual(["Jane Doe"]);
  });
});

describe("picture credits", () => {
  it("skips an element named as a picture's author", () => {
    const article = withByline(
      `<figure><span class="article__picture-author">Алексей Меринов</span></figure><span class="article__author-name">Дмитрий Попов</span>`,
    );
    expect(article.authors).toEqual(["Дмитрий Попов"]);
  });

  it.each(["Фото: Алексей Меринов", "Foto: Jane Doe", "写真：山田太郎", "Photo: Jane Doe"])(
    "refuses a credit opening with a picture label: %s",
    (credit) => {
      expect(withByline(`<span class="author">${credit}</span>`).authors).toEqual([]);
    },
  );
});

describe("labels and date labels in a byline", () => {
  it.each([
    ["質問者：あいぎゅ", "あいぎゅ"],
    ["Автор: Дмитрий Попов", "Дмитрий Попов"],
    ["Skrev: Jane Doe", "Jane Doe"],
  ])("drops a short label ending in a colon: %s", (byline, name) => {
    expect(withByline(`<div class="author">${byline}</div>`).authors).toEqual([name]);
  });

  it("keeps a name written before a date label with a colon", () => {
    const article = withByline(`<div class="byline"><span>Reuters</span> Updated: January 16, 2020</div>`);
    expect(article.authors).toEqual(["Reuters"]);
  });

  it("ends the name where a publication label in any language starts", () => {
    const article = withByline(
      `<div class="article__author">Par <span>AFP</span> publié le <time datetime="2020-12-26">26/12/2020 à 21:00</time></div>`,
    );
    expect(article.authors).toEqual(["AFP"]);
  });
});

describe("name shape", () => {
  it("refuses a phrase with lowercase words (a kicker or a label), keeps particles", () => {
    expect(withByline(`<div class="byline">Olvasói szavazás</div>`).authors).toEqual([]);
    expect(withByline(`<div class="byline">Ludwig van Beethoven</div>`).authors).toEqual([
      "Ludwig van Beethoven",
    ]);
    expect(withByline(`<div class="byline">uriebe</div>`).authors).toEqual(["uriebe"]);
  });

  it("refuses path and handle fragments", () => {
    expect(withJsonLd({ author: { "@type": "Person", name: "asty//now" } }).authors).toEqual([]);
  });
});

describe("CJK bylines", () => {
  it.each([
    ["스포츠조선=선수민 기자", "선수민"],
    ["聯合報 記者林宸誼／即時報導", "林宸誼"],
    ["上報快訊／范姜佳鈺", "范姜佳鈺"],
  ])("%s", (byline, name) => {
    expect(withByline(`<div class="author">${byline}</div>`).authors).toEqual([name]);
  });
});

describe("roles, repeated names and the publication's own name", () => {
  it("keeps a column credit whose last word is a role noun ('Letters To The Editor')", () => {
    expect(withJsonLd({ author: { "@type": "Person", name: "Letters To The Editor" } }).authors).toEqual([
      "Letters To The Editor",
    ]);
    expect(withByline(`<div class="byline">By Jane Doe Staff Writer</div>`).authors).toEqual(["Jane Doe"]);
  });

  it("reads an agency's title for its reporter as a role ('AP National Writer')", () => {
    const article = withByline(`<div class="byline">HILLEL ITALIE, AP National Writer</div>`);
    expect(article.authors).toEqual(["HILLEL ITALIE"]);
  });

  it("reads a name printed twice by markup once", () => {
    expect(
      withByline(`<div class="author"><span>Kristen Falc'hon</span><span>Kristen Falc'hon</span></div>`)
        .authors,
    ).toEqual(["Kristen Falc'hon"]);
  });

  it("keeps digits in the publication named as byline of a page that credits no one", () => {
    const head = `<meta property="og:site_name" content="News18">`;
    const article = extractArticle(articleHtml({ head }));
    expect(article.byline).toBe("News18");
    expect(article.authors).toEqual([]);
  });

  it("keeps an agency pair written with a slash", () => {
    expect(withByline(`<div class="byline">APA/AP</div>`).authors).toEqual(["APA/AP"]);
  });
});

describe("outlets credited after the names", () => {
  it.each([
    ["Kate Sullivan, CNN", ["Kate Sullivan"]],
    ["Spencer S. Hsu, The Washington Post", ["Spencer S. Hsu"]],
    ["Nathan Bernier | KUT", ["Nathan Bernier"]],
  ])("keeps %s as the byline, without the outlet among the authors", (credit, authors) => {
    const head = `<meta name="author" content="${credit}">`;
    const article = extractArticle(articleHtml({ head }));
    expect(article.authors).toEqual(authors);
    expect(article.byline).toBe(credit);
  });

  it("keeps a second name written in capitals with an initial", () => {
    const head = `<meta name="author" content="Jim Rutenberg, Lisa Lerer and KENNETH P. VOGEL">`;
    expect(extractArticle(articleHtml({ head })).authors).toEqual([
      "Jim Rutenberg",
      "Lisa Lerer",
      "KENNETH P. VOGEL",
    ]);
  });
});
