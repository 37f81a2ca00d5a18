import { describe, expect, it } from "vitest";
import { extractPlainText, splitParagraphs } from "../../src/documents/plain-text.ts";
import { countWords } from "../../src/documents/word-count.ts";

describe("extractPlainText", () => {
  it("takes a short first line as the headline and keeps the rest as paragraphs", () => {
    const article = extractPlainText("Huawei faces a new ban\n\nFirst paragraph here.\n\nSecond one.");
    expect(article.title).toBe("Huawei faces a new ban");
    expect(article.text).toBe("First paragraph here.\n\nSecond one.");
    expect(article.wordCount).toBe(5);
  });

  it("does not take a sentence as the headline", () => {
    const article = extractPlainText("TikTok said on Monday it would sue.\nThe company added more.");
    expect(article.title).toBeNull();
    expect(article.text).toBe("TikTok said on Monday it would sue.\n\nThe company added more.");
  });

  it("treats every line as a paragraph when there are no blank lines", () => {
    expect(splitParagraphs("a\r\nb\n\n\nc")).toEqual(["a b", "c"]);
    expect(splitParagraphs("one\ntwo\nthree")).toEqual(["one", "two", "three"]);
  });

  it("keeps a single-paragraph text whole", () => {
    const article = extractPlainText("Only line");
    expect(article.title).toBeNull();
    expect(article.text).toBe("Only line");
  });
});

describe("countWords", () => {
  it("counts spaced words and CJK characters", () => {
    expect(countWords("ByteDance's app, TikTok")).toBe(3);
    expect(countWords("字节跳动 owns TikTok")).toBe(6);
    expect(countWords("")).toBe(0);
  });
});
