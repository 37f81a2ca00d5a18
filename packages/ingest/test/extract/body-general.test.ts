// Body rules checked on pages no earlier body rule saw (issue 11, fifth pass).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { PARAGRAPHS, paragraphs, STORY, storyPage } from "./helpers.ts";

describe("hint retry counts repeated wrappers together", () => {
  it("keeps a stream of stories whose bodies sit in share-named wrappers", () => {
    // Eight stories: each wrapper holds an eighth of the prose, less than a retry keeps alone.
    const stories = [...STORY, ...PARAGRAPHS]
      .map(
        (text, index) =>
          `<article class="story"><h2>Story ${index + 1}</h2><div class="story-body-share-wrapper"><p>${text}</p><p>Story ${index + 1} went on with a second paragraph, quoting harbour officials, ferry crews and the coastal research institute at some length.</p></div></article>`,
      )
      .join("\n");
    const html = `<!doctype html><html><head><title>Harbour news</title></head><body><nav><a href="/">Menu</a></nav><main>${stories}</main></body></html>`;
    const text = extractArticle(html).text;
    expect(text).toContain(STORY[0]);
    expect(text).toContain("Story 2 went on");
  });

  it("still removes comments, however much they hold together", () => {
    const comments = Array.from(
      { length: 12 },
      (_, index) =>
        `<div class="comment-item"><p>${PARAGRAPHS[index % PARAGRAPHS.length]} Reader ${index}.</p></div>`,
    ).join("\n");
    const html = `<!doctype html><html><head><title>Tide gauges</title></head><body><article><h1>Tide gauges</h1><p>${STORY[0]}</p></article><section>${comments}</section></body></html>`;
    const text = extractArticle(html).text;
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain("Reader 3.");
  });
});

describe("furniture by what it says, at the article's edges", () => {
  it("drops a pointer to the site's comment rules closing the article", () => {
    const text = extractArticle(
      storyPage(paragraphs([...STORY, "You can read more about our community policies here."])),
    ).text;
    expect(text).toContain(STORY[4]);
    expect(text).not.toContain("community policies");
  });

  it("drops a reprint notice opening the article", () => {
    const notice =
      "This copy is for your personal non-commercial use only. To order presentation-ready copies for distribution, contact us.";
    const text = extractArticle(storyPage(paragraphs([notice, ...STORY]))).text;
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain("presentation-ready");
  });
});
