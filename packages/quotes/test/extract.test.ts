import { describe, expect, it } from "vitest";
import { extractQuotes, type Quote, quoteSchema } from "../src/index.ts";

function only(text: string): Quote {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0] as Quote;
}

function speakerWords(text: string, quote: Quote): string | null {
  return quote.speaker ? text.slice(quote.speaker.start, quote.speaker.end) : null;
}

const STYLES: readonly [string, string, string][] = [
  ["curly", "“", "”"],
  ["straight", '"', '"'],
  ["German", "„", "“"],
  ["guillemets", "«", "»"],
  ["doubled apostrophes", "''", "''"],
  ["single curly", "‘", "’"],
];

describe("extractQuotes: quotation-mark styles", () => {
  for (const [label, open, close] of STYLES) {
    it(`finds a ${label} quote and its inverted attribution`, () => {
      const spoken = "We will bring the bill back next week,";
      const text = `The vote failed on Monday. ${open}${spoken}${close} said Jane Doe.`;
      const quote = only(text);
      expect(quote.text).toBe(text.slice(quote.start, quote.end));
      expect(quote.text.startsWith(open)).toBe(true);
      expect(quote.text.endsWith(close)).toBe(true);
      expect(quote.text).toContain(spoken);
      expect(speakerWords(text, quote)).toBe("Jane Doe");
      expect(quote.speaker?.name).toBe("Jane Doe");
    });
  }

  it("reads a doubled mark of two styles as one opening or closing mark", () => {
    const text = 'The vote failed.\n\n"“We will bring the bill back next week,”" said Jane Doe.';
    const quote = only(text);
    expect(quote.text).toBe('"“We will bring the bill back next week,”"');
    expect(speakerWords(text, quote)).toBe("Jane Doe");
  });

  it("does not read apostrophes as quotation marks", () => {
    const text = "It's the voters' choice, and Doe's team didn't say otherwise in the '90s.";
    expect(extractQuotes(text)).toEqual([]);
  });

  it("skips scare quotes and titles that nobody says", () => {
    const text = "The so-called “deal” was signed after the “Morning Show” segment aired.";
    expect(extractQuotes(text)).toEqual([]);
  });
});

describe("extractQuotes: attribution patterns", () => {
  const cases: readonly [string, string, string][] = [
    ["X said after", "“The budget is balanced,” Jane Doe said.", "Jane Doe"],
    ["X said before, with a colon", "Jane Doe said: “The budget is balanced.”", "Jane Doe"],
    ["X told", "Jane Doe told reporters, “The budget is balanced.”", "Jane Doe"],
    ["according to", "According to Jane Doe, “The budget is balanced.”", "Jane Doe"],
    ["according to a common noun", "According to the newspaper, “The budget is balanced.”", "the newspaper"],
    ["X wrote", "“The budget is balanced,” Jane Doe wrote in a letter.", "Jane Doe"],
    ["X added", "“The budget is balanced,” Jane Doe added.", "Jane Doe"],
    ["an unknown verb after a comma", "“Get out of here,” Jane Doe shrieked.", "Jane Doe"],
    ["as X put it", "As Jane Doe put it, “The budget is balanced.”", "Jane Doe"],
  ];
  for (const [label, text, speaker] of cases) {
    it(`attributes "${label}"`, () => {
      const quote = only(text);
      expect(quote.text).toContain("“");
      expect(speakerWords(text, quote)).toBe(speaker);
    });
  }

  it("resolves a pronoun to the nearest preceding full name, pointing at the pronoun", () => {
    const text = "John Smith met voters in Ohio. Later Jane Doe arrived. “It went well,” she said.";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("she");
    expect(quote.speaker?.name).toBe("Jane Doe");
  });

  it("resolves a bare surname to the full name mentioned earlier", () => {
    const text = "Jane Doe spoke first. “We have the votes,” Doe said.";
    expect(only(text).speaker?.name).toBe("Jane Doe");
  });

  it("reports a title before the name as the role", () => {
    const text = "“We have the votes,” Senator Jane Doe said.";
    const quote = only(text);
    expect(quote.speaker?.name).toBe("Jane Doe");
    expect(quote.speaker?.role).toBe("Senator");
  });

  it("takes the subject of the stretch holding the cue, not an opening phrase", () => {
    const text = "Jane Doe spoke in May. Eight years ago, she backed John Smith and said, “We need change.”";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("she");
    expect(quote.speaker?.name).toBe("Jane Doe");
  });

  it("reads a dash and a name on the next line as the quote's signature", () => {
    const text =
      "Her claim was repeated often.\n\n“We will cut taxes for every family in this state.”\n\n- Jane Doe.";
    expect(speakerWords(text, only(text))).toBe("Jane Doe");
  });

  it("prefers the attribution right after a comma-ended quote to an earlier lead-in", () => {
    const text = "Jane Doe declared the need for courage: “Change the world when you can,” she said.";
    expect(speakerWords(text, only(text))).toBe("she");
  });

  it("takes the speaker of a sentence that ends in its attribution for the quote after it", () => {
    const text =
      "Jane Doe was there. The crowd was “happy” before the crash, she said. “It was so peaceful then.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["“happy”", "“It was so peaceful then.”"]);
    const quote = quotes[1] as Quote;
    expect(speakerWords(text, quote)).toBe("she");
    expect(quote.speaker?.name).toBe("Jane Doe");
  });

  it("steps over a party-and-state parenthesis after the name", () => {
    const text = "“We will vote on it,” Sen. Jane Doe (D-Nev.) said on Tuesday.";
    const quote = only(text);
    expect(quote.speaker?.name).toBe("Jane Doe");
    expect(quote.speaker?.role).toBe("Sen.");
  });

  it("reports an appositive as the role", () => {
    const text = "“Prices will fall,” said Jane Doe, a professor at Yale University.";
    const quote = only(text);
    expect(quote.speaker?.name).toBe("Jane Doe");
    expect(quote.speaker?.role).toContain("professor at Yale University");
  });

  it("keeps an unnamed speaker's description as name and role", () => {
    const text = "“We comply with all laws,” a Huawei spokesperson said.";
    const quote = only(text);
    expect(speakerWords(text, quote)).toContain("Huawei spokesperson");
    expect(quote.speaker?.role).toContain("spokesperson");
  });
});

describe("extractQuotes: quote structure", () => {
  it("joins a quote interrupted by its attribution", () => {
    const text = "“The first part is done,” Jane Doe said, “and the second part starts tomorrow.”";
    const quote = only(text);
    expect(quote.start).toBe(0);
    expect(quote.end).toBe(text.length);
    expect(speakerWords(text, quote)).toBe("Jane Doe");
  });

  it("starts a new quote, by the same speaker, after the attribution's full stop", () => {
    const text = "“The first part is done,” Jane Doe said. “The second part starts tomorrow.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual([
      "“The first part is done,”",
      "“The second part starts tomorrow.”",
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Jane Doe", "Jane Doe"]);
  });

  it("keeps a quotation introduced by a second cue apart from the one before it", () => {
    const text = "“We are done here,” Jane Doe said, adding that the plan was “beyond repair.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["“We are done here,”", "“beyond repair.”"]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Jane Doe", "Jane Doe"]);
  });

  it("does not take a weekday after the verb for the speaker", () => {
    const text = "Jane Doe spoke.\n\n“The port is open,” Doe said Monday. “The ships are coming back.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Jane Doe", "Jane Doe"]);
  });

  it("follows a multi-paragraph quote whose paragraphs reopen the quotation", () => {
    const text =
      "Jane Doe said: “The first paragraph ends here.\n\n“The second paragraph closes it.”\n\nThe end.";
    const quote = only(text);
    expect(quote.text).toContain("first paragraph");
    expect(quote.text).toContain("second paragraph");
    expect(quote.text.endsWith("”")).toBe(true);
  });

  it("keeps a quotation introduced by “that” as the speaker's words", () => {
    const text = "Jane Doe said that “the plan will pass next week.”";
    const quote = only(text);
    expect(quote.text).toBe("“the plan will pass next week.”");
    expect(speakerWords(text, quote)).toBe("Jane Doe");
    expect(extractQuotes(text.replace(" that", ":"))).toHaveLength(1);
  });

  it("keeps a quoted clause inside a sentence of reported speech", () => {
    const text = "Ada Brightwater warned the council the bridge “would not survive another flood.”";
    const quote = only(text);
    expect(quote.text).toBe("“would not survive another flood.”");
    expect(speakerWords(text, quote)).toBe("Ada Brightwater");
  });

  it("keeps a short quotation that closes a reported clause", () => {
    const text = "The vote is on Friday. Lena Park said she was “not convinced.”";
    const quote = only(text);
    expect(quote.text).toBe("“not convinced.”");
    expect(speakerWords(text, quote)).toBe("Lena Park");
  });

  it("keeps the words a speaker uses to name something", () => {
    const text = "Ben Ortiz called the new budget “a fiscal mirage” and left the room.";
    const quote = only(text);
    expect(quote.text).toBe("“a fiscal mirage”");
    expect(speakerWords(text, quote)).toBe("Ben Ortiz");
  });

  it("keeps a one-word quotation a speaker applies, with or without an article", () => {
    const text = "Ben Ortiz called the plan “reckless.” Critics called it a “stunt.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["“reckless.”", "“stunt.”"]);
    expect(quotes.map((q) => speakerWords(text, q))).toEqual(["Ben Ortiz", "Critics"]);
  });

  it("keeps a capitalised name someone applies but not a programme's title", () => {
    const text = "Ben Ortiz spoke on “Morning Hour” and referred to the levy as the “Great Harbour Tax.”";
    const quote = only(text);
    expect(quote.text).toBe("“Great Harbour Tax.”");
    expect(speakerWords(text, quote)).toBe("Ben Ortiz");
  });

  it("attributes a quotation inside a sentence that ends in its attribution", () => {
    const text = "The harbour’s “endless and costly delays” are a scandal, Lena Park said.";
    const quote = only(text);
    expect(quote.text).toBe("“endless and costly delays”");
    expect(speakerWords(text, quote)).toBe("Lena Park");
  });

  it("credits a partial quotation to the subject, not to the object after the verb", () => {
    const text = "Lena Park went further and described Ortiz as “a builder who never finishes anything.”";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("Lena Park");
  });

  it("does not read a noun after a possessive as a verb of saying", () => {
    const text = "Ada Brightwater told reporters that Ortiz’s comments “show a lack of judgment.”";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("Ada Brightwater");
  });

  it("skips a title-cased quotation even after a verb of saying", () => {
    const text = "Lena Park said she had watched “The Long Night Of The Harbour” twice this week.";
    expect(extractQuotes(text)).toEqual([]);
  });

  it("skips a quotation with no verb of saying before it in its sentence", () => {
    const text = "Ben Ortiz arrived late, and the “quiet period” rule kept the room silent for an hour.";
    expect(extractQuotes(text)).toEqual([]);
  });

  it("attributes a mid-sentence quotation closed by an inverted attribution", () => {
    const text = "The board met on Monday. Ortiz “has done more than anyone expected,” said Lena Park.";
    const quote = only(text);
    expect(quote.text).toBe("“has done more than anyone expected,”");
    expect(speakerWords(text, quote)).toBe("Lena Park");
  });

  it("credits a few quoted words inside reported speech to the one reported", () => {
    const text = "Jane Doe said the plan was “a disaster” for farmers in the region.";
    const quote = only(text);
    expect(quote.text).toBe("“a disaster”");
    expect(speakerWords(text, quote)).toBe("Jane Doe");
  });

  it("keeps quoted words in a sentence reporting a view or judgement, credited to its holder", () => {
    const cases: readonly [string, string, string][] = [
      ["Ben Ortiz believes the new levy is “a tax on hope” for renters.", "“a tax on hope”", "Ben Ortiz"],
      ["Mara Quill accused the council of “hiding the numbers” again.", "“hiding the numbers”", "Mara Quill"],
      [
        "The mayor thanked the crews for “working through the night.”",
        "“working through the night.”",
        "The mayor",
      ],
    ];
    for (const [text, quoted, speaker] of cases) {
      const quote = only(text);
      expect(quote.text).toBe(quoted);
      expect(speakerWords(text, quote)).toBe(speaker);
    }
  });

  it("credits a quotation to the antecedent of a relative pronoun before the verb", () => {
    const text = "The plan drew praise from Mayor Ben Ortiz, who said it was “long overdue.”";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("Mayor Ben Ortiz, who");
    expect(quote.speaker?.name).toBe("Ben Ortiz");
  });

  it("finds an inverted attribution with an appositive later in the quotation's sentence", () => {
    const text = "The new levy is “plainly unfair,” said Mara Quill, a tax lawyer at a firm in the old town.";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("Mara Quill");
    expect(quote.speaker?.role).toContain("tax lawyer");
  });

  it("takes the speaker of the previous paragraph's reporting sentence for a quote standing alone", () => {
    const text = "Ben Ortiz believes the port can recover by spring.\n\n“The ships will come back to us.”";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("Ben Ortiz");
  });

  it("reads a pronoun contraction as the subject, not as a possessive", () => {
    const text = "Jane Doe spoke first. She’s predicting that the levy “has no chance” of passing.";
    const quote = only(text);
    expect(speakerWords(text, quote)).toBe("She");
    expect(quote.speaker?.name).toBe("Jane Doe");
  });

  it("does not end a sentence at the point of a decimal number", () => {
    const text = "Jane Doe called the $1.6 billion harbour plan “an absolute disgrace,” and left.";
    expect(speakerWords(text, only(text))).toBe("Jane Doe");
  });

  it("credits quoted words after a claim to its holder", () => {
    const text = "The paper examined Jane Doe’s claim that there were “thousands of empty flats” in town.";
    const quote = only(text);
    expect(quote.speaker?.name).toBe("Jane Doe");
  });

  it("reads a perfect tense of a verb of saying as a lead-in", () => {
    const text = "As the columnist Jane Doe had written a year earlier, “Nobody runs this port alone.”";
    const quote = only(text);
    expect(quote.speaker?.name).toBe("Jane Doe");
    expect(quote.speaker?.role).toBe("columnist");
  });

  it("keeps a whole quoted sentence after a run-in headline in capitals", () => {
    const text =
      "Other news.\n\nHARBOUR TRAFFIC FALLS AGAIN “Fewer ships arrived this year than in any year since records began.”";
    const quote = only(text);
    expect(quote.text.startsWith("“Fewer ships")).toBe(true);
  });

  it("does not take the listener after told for the speaker of the next quote", () => {
    const text = "Jane Doe spoke.\n\n“We will win,” Ben Ortiz told Harbour Radio. “The votes are there.”";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Ben Ortiz", "Ben Ortiz"]);
  });

  it("reaches a verb of naming across a slash or a number with punctuation", () => {
    const text = "Party chair Ben Ortiz called Doe’s remarks on 9/11 a “new low” for the campaign.";
    expect(only(text).speaker?.name).toBe("Ben Ortiz");
  });

  it("credits a partial quotation to the source after according to, before or after it", () => {
    const cases: readonly [string, string][] = [
      [
        "Over the long term, according to the harbour office, the rise in annual fees and debt “is mainly due to older ships.”",
        "the harbour office",
      ],
      [
        "Most residents favour the levy “as long as it is fair,” according to a city survey.",
        "a city survey",
      ],
    ];
    for (const [text, source] of cases) expect(speakerWords(text, only(text))).toBe(source);
  });

  it("does not take a participle or conjunction after a quote for its speaker", () => {
    const cases: readonly [string, string][] = [
      [
        "Ben Ortiz said the new levy can be “the fairest of all our taxes,” giving states more room.",
        "Ben Ortiz",
      ],
      ["Mara Quill said she wants “a fair deal for every crew,” but pledged to stay calm.", "Mara Quill"],
    ];
    for (const [text, speaker] of cases) expect(speakerWords(text, only(text))).toBe(speaker);
  });

  it("looks for the holder of a noun cue before the noun's article, not inside its phrase", () => {
    const text = "Jane Doe spoke. She has coined a new phrase, “harbour taxes for all,” to sell the plan.";
    expect(speakerWords(text, only(text))).toBe("She");
  });

  it("ignores quoted values of markup left in the text", () => {
    const text = 'Ben Ortiz posted a reply.\n\n<tweet id="8812" author="@benortiz">We said no.</tweet>';
    expect(extractQuotes(text)).toEqual([]);
  });

  it("keeps offsets consistent and output schema-valid on mixed text", () => {
    const parts = [
      "Jane Doe, a senator, spoke on Monday.",
      "“We will win,” she said.",
      "According to John Smith, “the vote is close.”",
      "Critics called it a “stunt.”",
      "“Really?” asked a voter.",
    ];
    const text = parts.join("\n\n");
    const quotes = extractQuotes(text);
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of quotes) {
      expect(() => quoteSchema.parse(q)).not.toThrow();
      expect(q.text).toBe(text.slice(q.start, q.end));
      if (q.speaker) {
        expect(q.speaker.end).toBeGreaterThan(q.speaker.start);
        expect(text.slice(q.speaker.start, q.speaker.end).trim()).not.toBe("");
      }
    }
    for (let i = 1; i < quotes.length; i += 1)
      expect((quotes[i] as Quote).start).toBeGreaterThanOrEqual((quotes[i - 1] as Quote).end);
  });
});
