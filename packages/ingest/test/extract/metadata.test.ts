import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml } from "./helpers.ts";

describe("canonical URL, lead image, site name", () => {
  it("resolves a relative rel=canonical against the page URL", () => {
    const html = articleHtml({ head: `<link rel="canonical" href="/news/harbour-gauges?ref=1">` });
    const article = extractArticle(html, { url: "https://www.example.com/amp/news/harbour-gauges" });
    expect(article.canonicalUrl).toBe("https://www.example.com/news/harbour-gauges?ref=1");
  });

  it("falls back to og:url, and returns null without either", () => {
    const html = articleHtml({ head: `<meta property="og:url" content="https://example.com/a">` });
    expect(extractArticle(html).canonicalUrl).toBe("https://example.com/a");
    expect(extractArticle(articleHtml()).canonicalUrl).toBeNull();
  });

  it("reads the lead image from og:image, resolved", () => {
    const html = articleHtml({ head: `<meta property="og:image" content="/img/gauge.jpg">` });
    expect(extractArticle(html, { url: "https://example.com/news/1" }).leadImageUrl).toBe(
      "https://example.com/img/gauge.jpg",
    );
  });

  it("reads the site name from og:site_name, else the JSON-LD publisher", () => {
    expect(
      extractArticle(articleHtml({ head: `<meta property="og:site_name" content="Harbour Daily">` }))
        .siteName,
    ).toBe("Harbour Daily");
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Coast Times"}}</script>`;
    expect(extractArticle(articleHtml({ head: jsonLd })).siteName).toBe("Coast Times");
    expect(extractArticle(articleHtml()).siteName).toBeNull();
  });
});

describe("authors", () => {
  it("reads JSON-LD authors and joins them for display", () => {
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","author":[
      {"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Ben Okafor"},{"@type":"Person","name":"Chen Wei"}]}</script>`;
    const article = extractArticle(articleHtml({ head: jsonLd }));
    expect(article.authors).toEqual(["Ana Lima", "Ben Okafor", "Chen Wei"]);
    expect(article.byline).toBe("Ana Lima, Ben Okafor and Chen Wei");
  });

  it("reads meta author and splits 'A and B'", () => {
    const article = extractArticle(
      articleHtml({ head: `<meta name="author" content="Ana Lima and Ben Okafor">` }),
    );
    expect(article.authors).toEqual(["Ana Lima", "Ben Okafor"]);
  });

  it("reads rel=author and byline elements, without the 'By' label", () => {
    const relAuthor = articleHtml({ body: `<p>By <a rel="author" href="/ana">Ana Lima</a></p>` });
    expect(extractArticle(relAuthor).authors).toEqual(["Ana Lima"]);
    const byline = articleHtml({ body: `<div class="byline">By Ben Okafor | 3 May 2022</div>` });
    expect(extractArticle(byline).authors).toEqual(["Ben Okafor"]);
  });

  it("returns no authors when none are given", () => {
    const article = extractArticle(articleHtml());
    expect(article.authors).toEqual([]);
    expect(article.byline).toBeNull();
  });
});

describe("language", () => {
  it("takes the declared html lang, primary subtag, lowercase", () => {
    expect(extractArticle(articleHtml().replace("<html>", '<html lang="en-GB">')).language).toBe("en");
  });

  it("falls back to og:locale", () => {
    expect(
      extractArticle(articleHtml({ head: `<meta property="og:locale" content="pt_BR">` })).language,
    ).toBe("pt");
  });

  it("detects the language from the text when nothing is declared", () => {
    expect(extractArticle(articleHtml()).language).toBe("en");
    const german =
      "Die Hafenkommission hat am Dienstag das neue Netz der Pegelmesser genehmigt, nachdem sie zwei Jahre lang mit den Fischern und den Betreibern der Fähren gesprochen hat. Die Daten werden für alle offen veröffentlicht.";
    const zh =
      "港口委员会周二批准了新的潮位计网络，工程师将在今年春天沿北防波堤安装十一个传感器，官员表示数据将公开发布。";
    const ja =
      "港湾委員会は火曜日、新しい潮位計のネットワークを承認しました。技術者は今年の春に北の防波堤に沿ってセンサーを設置します。";
    const page = (text: string) =>
      `<html><body><article><p>${text}</p><p>${text}</p></article></body></html>`;
    expect(extractArticle(page(german)).language).toBe("de");
    expect(extractArticle(page(zh)).language).toBe("zh");
    expect(extractArticle(page(ja)).language).toBe("ja");
  });

  it("trusts the script over a contradicting declaration", () => {
    const ru =
      "Портовая комиссия во вторник одобрила новую сеть мареографов после двух лет консультаций с рыбаками.";
    const html = `<html lang="en"><body><article><p>${ru}</p><p>${ru}</p></article></body></html>`;
    expect(extractArticle(html).language).toBe("ru");
  });
});
