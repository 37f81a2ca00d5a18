// Rules that keep titles out and keep neighbouring quotations apart: works named in quotation
// marks, a participle or a colon after a quotation, and marks of different styles.
import { describe, expect, it } from "vitest";
import { extractQuotes, type Quote } from "../src/index.ts";

function spoken(text: string): [string, string | null][] {
  return extractQuotes(text).map((q: Quote) => [q.text, q.speaker?.name ?? null]);
}

describe("extractQuotes: titles of works are not quotes", () => {
  it("skips a title after a possessive, even with an attribution after it", () => {
    const text = "On the network’s “Evening Harbour Report,” Senator Ann Lowe said the port would reopen.";
    expect(extractQuotes(text)).toEqual([]);
  });

  it("skips a title after a noun naming a work", () => {
    const text = "Her family moved north, Ms. Lowe wrote in her 2010 memoir, “Salt And Stone.” They stayed.";
    expect(extractQuotes(text)).toEqual([]);
  });

  it("skips a programme named after the verb of telling", () => {
    const text = "“We will reopen the port,” the mayor told “Morning Harbour” after the vote.";
    expect(extractQuotes(text).map((q) => q.text)).toEqual(["“We will reopen the port,”"]);
  });

  it("still keeps a capitalised quotation someone utters", () => {
    const text = "Jane Doe said: “Never Again.”";
    expect(spoken(text)).toEqual([["“Never Again.”", "Jane Doe"]]);
  });
});

describe("extractQuotes: what follows a quotation", () => {
  it("does not take the object of a participle after a quotation as its speaker", () => {
    const text =
      "Jane Doe said on Monday that the council backs “a fair harbour levy,” stating during the session that the others were “plainly wrong.”";
    const quotes = spoken(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toEqual(["“a fair harbour levy,”", "Jane Doe"]);
  });

  it("reads an attribution closed by a colon as the lead-in of the next quotation", () => {
    const text =
      "After Jane Doe said that smaller ports might do better with “lower harbour fees,” John Smith said: “I disagree.”";
    expect(spoken(text)).toEqual([
      ["“lower harbour fees,”", "Jane Doe"],
      ["“I disagree.”", "John Smith"],
    ]);
  });

  it("does not merge a quotation with the object of the verb after it", () => {
    const text =
      "Holding signs calling the mayor “The Harbour’s Worst Friend,” the protesters chanted “Open the port now.”";
    const quotes = extractQuotes(text);
    expect(quotes.some((q) => q.text === "“Open the port now.”")).toBe(true);
    expect(quotes.every((q) => !q.text.includes("chanted"))).toBe(true);
  });

  it("merges a quotation interrupted by its attribution and a comma", () => {
    const text = "“We will reopen the port,” Jane Doe said, “and we will do it soon.”";
    expect(spoken(text)).toEqual([[text, "Jane Doe"]]);
  });
});

describe("extractQuotes: multi-paragraph quotations", () => {
  it("continues an open quotation only into a paragraph opened with the same style of mark", () => {
    const text =
      'The report went on:\n\n"The mayor thought the whole plan was unfair. She was angry, sure.\n\n“It never crossed my mind to quit,” she said later.';
    const quotes = extractQuotes(text);
    expect(quotes.some((q) => q.text === "“It never crossed my mind to quit,”")).toBe(true);
  });

  it("continues an open quotation into a paragraph reopened with the same mark", () => {
    const text = "Jane Doe said:\n\n“The port will reopen in May.\n\n“The levy will fall next year.”";
    expect(extractQuotes(text).map((q) => q.text)).toEqual([text.slice(text.indexOf("“"))]);
  });
});

describe("extractQuotes: what someone casts another as", () => {
  it("credits a description applied with “as” to the sentence's subject", () => {
    const text =
      "Senator Jane Doe, in particular, has been pounding the mayor as a “harbour wrecker” all week.";
    expect(spoken(text)).toEqual([["“harbour wrecker”", "Jane Doe"]]);
  });

  it("reads an object pronoun before “as” the same way", () => {
    const text = "The mayor keeps presenting herself as “the only outsider.”";
    expect(extractQuotes(text).map((q) => q.text)).toEqual(["“the only outsider.”"]);
  });

  it("skips “as” after a passive or an intransitive verb, or in a comparison", () => {
    for (const text of [
      "The levy is known as the “harbour tax” in town.",
      "Those voters register as “undeclared” and can vote in either primary.",
      "But that is not the same thing as “a fair levy” for the port.",
    ])
      expect(extractQuotes(text)).toEqual([]);
  });
});

describe("extractQuotes: quotations in a clause opened by “that” after a verb", () => {
  it("credits the quotation to the subject of the verb", () => {
    const text = "On Monday Jane Doe groused that the council “never listens to the port.”";
    expect(spoken(text)).toEqual([["“never listens to the port.”", "Jane Doe"]]);
  });

  it("skips a relative “that” after a noun and “so that”", () => {
    for (const text of [
      "The port has a plan that the “harbour board” will review in May.",
      "They closed the road so that the “parade” could pass.",
    ])
      expect(extractQuotes(text)).toEqual([]);
  });
});

describe("extractQuotes: quotations in the first person", () => {
  it("keeps a quotation in the first person without a verb of saying, credited to the subject", () => {
    const text = "Jane Doe arrived late. She offered “my thoughts and prayers to the families.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["“my thoughts and prayers to the families.”", "Jane Doe"],
    ]);
  });

  it("does not read words merely containing those letters as the first person", () => {
    const text = "Jane Doe arrived late. She offered “music and prayers to the families.”";
    expect(extractQuotes(text)).toEqual([]);
  });
});
