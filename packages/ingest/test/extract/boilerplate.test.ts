import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml, PARAGRAPHS } from "./helpers.ts";

const NAV = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>`;
const RELATED = `<div class="related-posts"><h3>Related stories</h3><ul>
<li><a href="/a">Ferry timetable changes announced for the summer season</a></li>
<li><a href="/b">Storm damages pier at the old fishing harbour overnight</a></li>
<li><a href="/c">Council debates parking fees near the marina again</a></li></ul></div>`;
const COMMENTS = `<section id="comments" class="comments-area"><h2>3 comments</h2><ol>
<li class="comment"><p>I have been sailing here for forty years and this is long overdue, finally someone listens to the people who actually use the harbour every day.</p></li>
</ol></section>`;
const SHARE = `<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>`;
const COOKIE = `<div id="cookie-consent">We use cookies to improve your experience. By continuing to browse you accept our cookie policy and the processing of your data.</div>`;
const FOOTER = `<footer><p>© 2024 Harbour Daily. All rights reserved. Imprint, privacy policy and terms of use apply to all content on this website.</p></footer>`;

describe("main text", () => {
  it("keeps the article paragraphs, separated by blank lines", () => {
    const { text } = extractArticle(articleHtml());
    expect(text).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("drops navigation, related links, comments, share bars, cookie notes and footers", () => {
    const html = articleHtml({
      beforeBody: NAV + COOKIE,
      body: SHARE,
      afterBody: RELATED + COMMENTS + FOOTER,
    });
    const { text } = extractArticle(html);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    for (const leak of [
      "Home",
      "Related stories",
      "Ferry timetable",
      "sailing here for forty years",
      "Share on",
      "cookies",
      "All rights reserved",
    ]) {
      expect(text).not.toContain(leak);
    }
  });

  it("drops a 'read also' line made of a link inside the body", () => {
    const readAlso = `<p>Read also: <a href="/x">Lighthouse keepers remember the great flood of the century</a></p>`;
    const { text } = extractArticle(articleHtml({ body: readAlso }));
    expect(text).not.toContain("Lighthouse keepers");
    expect(text).toContain(PARAGRAPHS[0]);
  });

  it("picks the article over a sidebar full of teaser links", () => {
    const sidebar = `<aside class="sidebar"><h3>Most read</h3>${Array.from(
      { length: 8 },
      (_, i) => `<p><a href="/s${i}">Sidebar headline number ${i} about something else entirely</a></p>`,
    ).join("")}</aside>`;
    const { text } = extractArticle(articleHtml({ afterBody: sidebar }));
    expect(text).not.toContain("Sidebar headline");
    expect(text.split("\n\n")).toHaveLength(PARAGRAPHS.length);
  });

  it("keeps subheadings between paragraphs and drops the repeated title", () => {
    const { text } = extractArticle(
      articleHtml({ body: `<p>${PARAGRAPHS[1]}</p><h2>What happens next</h2>` }),
    );
    expect(text).toContain("What happens next");
    expect(text).not.toContain("Harbour approves tide gauge network");
  });

  it("drops photo credits and bare datelines", () => {
    const body = `<p>Photo: Jane Doe / Harbour Daily</p><p>7 October 2020</p>`;
    const { text } = extractArticle(articleHtml({ body }));
    expect(text).not.toContain("Jane Doe");
    expect(text).not.toContain("7 October 2020");
  });

  it("turns <br> into line breaks inside a paragraph", () => {
    const body = `<p>First line of a poem that the harbour master wrote for the opening ceremony,<br>second line of the very same poem, read aloud by the mayor.</p>`;
    const { text } = extractArticle(articleHtml({ body }));
    expect(text).toContain("ceremony,\nsecond line");
  });
});
