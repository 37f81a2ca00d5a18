import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { storyPage as page, paragraphs, STORY } from "./helpers.ts";

describe("closing sections and consent placeholders", () => {
  it("drops a support box at the end: its heading, its pitch and its buttons", () => {
    const support = `<h2>Support us with three euros a month!</h2>
<p>Independent local reporting costs money, and we have decided to keep every article free to read for everyone.</p>
<p>Every contribution helps us pay our reporters.</p><p>Donate now</p>`;
    const { text } = extractArticle(page(paragraphs(STORY) + support));
    expect(text).toBe(STORY.join("\n\n"));
  });

  it("keeps the story's own closing paragraphs when the furniture line is followed by most of the text", () => {
    // A "stay up to date" line early in a short article is not a closing section.
    const inside = paragraphs([
      STORY[0] ?? "",
      "Stay up to date with the tide tables below.",
      ...STORY.slice(1),
    ]);
    const { text } = extractArticle(page(inside));
    for (const paragraph of STORY) expect(text).toContain(paragraph);
  });

  it("drops an embed's consent placeholder in the middle of the article", () => {
    const consent = `<div class="embed-placeholder"><h3>YouTube freischalten</h3><div class="message">Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu YouTube her.</div></div>`;
    const english = `<div class="embed"><p>Load YouTube content</p><p>By clicking the button you agree that content from a third-party service is loaded.</p></div>`;
    const inside =
      paragraphs(STORY.slice(0, 2)) +
      consent +
      paragraphs(STORY.slice(2, 4)) +
      english +
      paragraphs(STORY.slice(4));
    const { text } = extractArticle(page(inside));
    expect(text).toBe(STORY.join("\n\n"));
  });

  it("keeps long prose that mentions privacy and third-party content", () => {
    const prose =
      "The commission said it respects the privacy of boat owners: third-party content such as vessel positions will not be loaded into the public map, and no personal data will be displayed without consent, a point the data protection officer had insisted on during two years of consultation with the fishermen's association, the ferry companies, the yacht clubs and the coastal research institute, whose representatives met eleven times.";
    const { text } = extractArticle(page(paragraphs([...STORY.slice(0, 3), prose, ...STORY.slice(3)])));
    expect(text).toContain(prose);
  });

  it("drops headings left at the end with nothing under them, keeps a heading followed by text", () => {
    const inside = `${paragraphs(STORY.slice(0, 3))}<h3>What happens next</h3>${paragraphs(STORY.slice(3))}<h3>Tags</h3><h4>More videos</h4>`;
    const { text } = extractArticle(page(inside));
    expect(text).toBe([...STORY.slice(0, 3), "What happens next", ...STORY.slice(3)].join("\n\n"));
  });
});
