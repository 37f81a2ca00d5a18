import { describe, expect, it } from "vitest";
import type { Evidence, MatchResult } from "../../src/query/index.ts";
import { matcher } from "./helpers.ts";

type Doc = { title: string; text: string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fieldText(doc: Doc, field: "title" | "text"): string {
  return field === "title" ? doc.title : doc.text;
}

/** The invariants every evidence item must satisfy, whatever the text. */
function checkEvidence(doc: Doc, evidence: Evidence[]): void {
  for (const item of evidence) {
    const source = fieldText(doc, item.field);
    expect(source.slice(item.start, item.end)).toBe(item.sentence);
    expect(item.spans.length).toBeGreaterThan(0);
    for (const [start, end] of item.spans) {
      expect(start).toBeGreaterThanOrEqual(item.start);
      expect(end).toBeLessThanOrEqual(item.end);
      expect(end).toBeGreaterThan(start);
    }
  }
}

function spanTexts(doc: Doc, item: Evidence): string[] {
  return item.spans.map(([s, e]) => fieldText(doc, item.field).slice(s, e));
}

function match(query: string, doc: Doc): MatchResult {
  const result = matcher(query).match(doc);
  if (!result) throw new Error(`${query} should match`);
  checkEvidence(doc, result.evidence);
  return result;
}

describe("evidence", () => {
  it("keeps offsets exact after emoji, astral and NFKC-changing characters", () => {
    const text = "😀👍🏽 ＴｉｋＴｏｋ ﬁne ㍱ 𝐁𝐨𝐥𝐝 Ⅻ. Then İstanbul: TikTok’s ban on 𝒯ikTok.";
    const doc = { title: "", text };
    const result = match("tiktok OR istanbul OR fine OR hpa OR bold OR xii", doc);
    expect(result.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "ＴｉｋＴｏｋ",
      "ﬁne",
      "㍱",
      "𝐁𝐨𝐥𝐝",
      "Ⅻ",
      "İstanbul",
      "TikTok",
      "𝒯ikTok",
    ]);
    const sentences = result.evidence.map((e) => e.sentence);
    expect(sentences).toEqual([
      "😀👍🏽 ＴｉｋＴｏｋ ﬁne ㍱ 𝐁𝐨𝐥𝐝 Ⅻ.",
      "Then İstanbul: TikTok’s ban on 𝒯ikTok.",
    ]);
    expect(result.evidence[1] && spanTexts(doc, result.evidence[1])).toEqual([
      "İstanbul",
      "TikTok",
      "𝒯ikTok",
    ]);
  });

  it("slices matched phrases and wildcards back to the original text", () => {
    const doc = {
      title: "",
      text: "🇨🇳 The Ｎａｔｉｏｎａｌ\u00a0Security law regulates ﬁnancial regulators.",
    };
    const result = match('"national security" OR regulat* OR financ*', doc);
    expect(result.evidence[0] && spanTexts(doc, result.evidence[0])).toEqual([
      "Ｎａｔｉｏｎａｌ\u00a0Security",
      "regulates",
      "ﬁnancial",
      "regulators",
    ]);
  });

  it("points into the title for title hits", () => {
    const doc = { title: "😀 Huawei ban", text: "Nothing here. Huawei responds." };
    const result = match("huawei", doc);
    expect(result.evidence.map((e) => [e.field, e.sentence, e.start, e.end])).toEqual([
      ["title", "😀 Huawei ban", 0, 13],
      ["text", "Huawei responds.", 14, 30],
    ]);
    expect(result.evidence[0]?.spans).toEqual([[3, 9]]);
  });

  it("splits sentences at newlines as well as at sentence punctuation", () => {
    const doc = {
      title: "",
      text: "Headline about Huawei\nHuawei said more\n\n  Huawei again. And Huawei once more!",
    };
    const result = match("huawei", doc);
    expect(result.evidence.map((e) => e.sentence)).toEqual([
      "Headline about Huawei",
      "Huawei said more",
      "Huawei again.",
      "And Huawei once more!",
    ]);
  });

  it("extends evidence over sentence boundaries a phrase crosses", () => {
    const doc = { title: "", text: "They imposed a ban. Huawei objected." };
    const result = match('"ban huawei"', doc);
    expect(result.evidence).toHaveLength(1);
    expect(result.evidence[0]?.sentence).toBe("They imposed a ban. Huawei objected.");
    expect(result.evidence[0] && spanTexts(doc, result.evidence[0])).toEqual(["ban. Huawei"]);
  });

  it("caps evidence at five sentences, the most informative first", () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Huawei update ${i}.`).join(" ");
    const doc = { title: "", text: `${filler} Huawei faces a ban. Huawei, Huawei and Huawei.` };
    const result = match("huawei AND ban", doc);
    expect(result.mentions).toBe(13);
    expect(result.evidence).toHaveLength(5);
    expect(result.evidence.map((e) => e.sentence)).toEqual([
      "Huawei faces a ban.",
      "Huawei, Huawei and Huawei.",
      "Huawei update 0.",
      "Huawei update 1.",
      "Huawei update 2.",
    ]);
    expect(matcher("huawei").match(doc, { maxEvidence: 2 })?.evidence).toHaveLength(2);
    expect(matcher("huawei").match(doc, { maxEvidence: 0 })?.evidence).toEqual([]);
  });

  it("holds its offset invariants on randomly assembled texts", () => {
    const pieces = [
      "Huawei",
      "ＨＵＡＷＥＩ",
      "huawei’s",
      "ban",
      "banner",
      "ﬁne",
      "😀",
      "👨‍👩‍👧",
      "e\u0301",
      "İ",
      "字节跳动",
      "抖音",
      ".",
      "!",
      "\n",
      " ",
      "  ",
      ",",
      "-",
      "\u00ad",
      "ｶﾞ",
      "ß",
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const queries = [
      "huawei",
      "ban OR 抖音",
      '"huawei ban"',
      "huawei NEAR/3 ban*",
      "字节 OR fine",
      "ガ OR e\u0301",
    ];
    const compiled = queries.map(matcher);
    let matched = 0;
    for (let run = 0; run < 300; run++) {
      let text = "";
      const count = 5 + (next() % 30);
      for (let k = 0; k < count; k++) text += pieces[next() % pieces.length];
      const doc = { title: text.slice(0, 12), text };
      for (const query of compiled) {
        const result = query.match(doc);
        // The fast boolean path and the full evaluation must always agree.
        expect(query.test(doc)).toBe(result !== null);
        if (!result) continue;
        matched++;
        checkEvidence(doc, result.evidence);
        for (const span of result.spans) {
          const slice = fieldText(doc, span.field).slice(span.start, span.end);
          // A span never starts or ends inside a surrogate pair.
          expect(slice).not.toMatch(LONE_SURROGATE);
          expect(slice.trim()).toBe(slice);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
