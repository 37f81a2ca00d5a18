import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { countWords } from "../../src/extract/text/measure.ts";

describe("word count", () => {
  it("counts space-separated words", () => {
    expect(countWords("The tide is high, and it's rising.")).toBe(7);
  });

  it("counts each Han or Kana character as a word", () => {
    expect(countWords("你好世界")).toBe(4);
    expect(countWords("ニュース")).toBe(4);
    expect(countWords("Tidemark 追踪新闻")).toBe(5);
  });

  it("counts Korean by spaces, like Latin text", () => {
    expect(countWords("한국 뉴스 기사")).toBe(3);
  });

  it("reports the count of the extracted text", () => {
    const paragraph =
      "港口委员会周二批准了新的潮位计网络。工程师将在今年春天沿北防波堤安装十一个传感器。官员表示数据将公开发布。";
    const html = `<html lang="zh"><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain("港口委员会");
    expect(article.wordCount).toBe(countWords(article.text));
    expect(article.wordCount).toBeGreaterThan(80);
  });
});
