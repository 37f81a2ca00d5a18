// A long appeal opened by a call to action, and a ranked teaser list closing the page.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { storyPage as page, paragraphs, STORY } from "./helpers.ts";

describe("closing appeals and ranked lists", () => {
  it("drops a long appeal whose first sentence asks readers to support us", () => {
    const pitch = `Support our local newsroom. ${"We chose to keep every story free for everyone in the county, without a paywall, and we intend to keep it that way for as long as readers help us carry the costs of reporting. ".repeat(3)}`;
    const { text } = extractArticle(page(paragraphs([...STORY, pitch])));
    expect(text).toBe(STORY.join("\n\n"));
  });

  it("keeps a long closing paragraph that only mentions support later on", () => {
    const closing = `${STORY[4] ?? ""} The council said it would support us in asking for more funding, according to the harbour master, who spoke at length about the plans for the coming decade, the budget, the sensors on the northern breakwater, the ferry timetable and the storm season that usually begins in late September.`;
    expect(closing.length).toBeGreaterThan(400);
    const { text } = extractArticle(page(paragraphs([...STORY.slice(0, 4), closing])));
    expect(text).toContain("support us in asking");
  });

  it("drops a ranked 'most read' list and its label after the story", () => {
    const ranked = [
      "Popular",
      "1",
      "Storm closes ferry line",
      "2",
      "Council race tightens",
      "3",
      "New bakery opens",
    ];
    const { text } = extractArticle(page(paragraphs([...STORY, ...ranked])));
    expect(text).toBe(STORY.join("\n\n"));
  });

  it("keeps numbered steps that are followed by prose", () => {
    const steps = ["1", "Check the gauge.", "2", "Read the level.", "3", "Log the value.", STORY[4] ?? ""];
    const { text } = extractArticle(page(paragraphs([...STORY.slice(0, 4), ...steps])));
    expect(text).toContain("Log the value.");
  });
});
