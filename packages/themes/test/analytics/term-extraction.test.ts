// Which words and phrases an article contributes to "emerging terms".
import { describe, expect, it } from "vitest";
import { ENGLISH_STOPWORDS } from "../../src/analytics/stopwords-en.ts";
import { articleEdgeWords, articleTerms, termWords } from "../../src/analytics/term-extraction.ts";

const sorted = (set: Set<string>) => [...set].sort();

describe("articleTerms", () => {
  it("lowercases, drops stopwords and numbers, and keeps phrases inside one sentence", () => {
    const terms = articleTerms(
      "Huawei's ban on Chinese-made chips",
      "The EU said 2024 was decisive. Officials in Brussels, 12,000 of them, agreed.",
      { maxWords: 2 },
    );
    expect(sorted(terms)).toEqual(
      [
        "agreed",
        "brussels",
        "chinese",
        "chips",
        "decisive",
        "eu",
        "huawei",
        "huawei ban",
        "ban",
        "officials",
      ].sort(),
    );
    for (const term of terms) {
      for (const word of term.split(" ")) expect(ENGLISH_STOPWORDS).not.toContain(word);
    }
  });

  it("never joins the title to the text, nor words across a sentence end or comma", () => {
    const terms = articleTerms("Data privacy", "Regulators act. Privacy rules, fines follow.", {
      maxWords: 2,
    });
    expect(terms).toContain("data privacy");
    expect(terms).toContain("regulators act");
    expect(terms).toContain("privacy rules");
    expect(terms).not.toContain("privacy regulators");
    expect(terms).not.toContain("act privacy");
    expect(terms).not.toContain("rules fines");
  });

  it("allows stopwords inside a three-word phrase but not at its edges", () => {
    const terms = articleTerms(null, "The Bank of England raised rates.", { maxWords: 3 });
    expect(terms).toContain("bank of england");
    expect(terms).toContain("england raised rates");
    expect(terms).not.toContain("bank of");
    expect(terms).not.toContain("the bank");
    expect(articleTerms(null, "The Bank of England raised rates.", { maxWords: 2 })).not.toContain(
      "bank of england",
    );
  });

  it("folds case and width like the matcher, and handles accents and other scripts", () => {
    const terms = articleTerms(null, "ＴｉｋＴｏｋ und die Datenschutz-Grundverordnung. Россия ответила.", {
      maxWords: 2,
    });
    expect(terms).toContain("tiktok");
    expect(terms).toContain("datenschutz grundverordnung");
    expect(terms).toContain("россия ответила");
    expect(terms).not.toContain("und");
    expect(terms).not.toContain("die");
  });

  it("uses runs of two or more characters, never single ones, in scripts without spaces", () => {
    const terms = articleTerms(null, "数据保护法", { maxWords: 2 });
    expect(sorted(terms)).toEqual(["保护", "据保", "护法", "数据"].sort());
    expect(termWords("数据")).toBe(2);
    expect(termWords("data privacy")).toBe(2);
  });

  it("counts a word once per article however often it repeats", () => {
    const terms = articleTerms("Quux", Array.from({ length: 50 }, () => "quux quux.").join(" "), {
      maxWords: 2,
    });
    expect([...terms].filter((t) => t === "quux")).toHaveLength(1);
    expect(terms).toContain("quux quux");
  });

  it("skips phrases whose edge words the caller rules out, and lists possible edge words", () => {
    const text = "Data privacy rules. Privacy data.";
    const terms = articleTerms(null, text, { maxWords: 2, keepEdge: (w) => w !== "rules" });
    expect(sorted(terms)).toEqual(["data", "data privacy", "privacy", "privacy data"]);
    expect(sorted(articleEdgeWords("The 2024 数据", text))).toEqual(
      ["data", "privacy", "rules", "据", "数"].sort(),
    );
  });
});
