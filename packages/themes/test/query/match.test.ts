import { describe, expect, it } from "vitest";
import { compileQuery, prepareDocument, type QueryNode, TITLE_WEIGHT } from "../../src/query/index.ts";
import { matcher, spanTexts } from "./helpers.ts";

// [query, text, expected matched span texts (null = no match)]
const TEXT_CASES: [string, string, string[] | null][] = [
  // word boundaries and case
  ["ban", "The ban was lifted.", ["ban"]],
  ["ban", "A banner hung outside.", null],
  ["ban", "Urban planning", null],
  ["ban", "BAN! Ban, ban.", ["BAN", "Ban", "ban"]],
  ["huawei", "HUAWEI and Huawei and huawei", ["HUAWEI", "Huawei", "huawei"]],
  // possessives and apostrophes
  ["huawei", "Huawei's phones", ["Huawei"]],
  ["huawei", "Huawei’s phones", ["Huawei"]],
  ["huawei's", "Huawei’s phones", ["Huawei’s"]],
  ["huawei's", "Huawei phones", null],
  ['"o\'brien"', "Mr O’Brien said", ["O’Brien"]],
  // hyphens
  ["anti-china", "anti-China protests", ["anti-China"]],
  ["anti-china", "anti China protests", ["anti China"]],
  ["anti-china", "anti–China (en dash)", ["anti–China"]],
  ["anti-china", "antichina", null],
  ["china", "anti-China protests", ["China"]],
  ["covid-19", "COVID-19 cases", ["COVID-19"]],
  ["19", "COVID-19 cases", ["19"]],
  // digits and letters
  ['"5G"', "the 5G rollout", ["5G"]],
  ["5g", "5GHz bands", null],
  ["5g*", "5GHz bands", ["5GHz"]],
  ["g7", "At the G7 summit", ["G7"]],
  // accents, scripts, normalisation
  ["café", "Le Café de Flore", ["Café"]],
  ["cafe", "Le Café de Flore", null],
  ["école", "ÉCOLE normale", ["ÉCOLE"]],
  ["école", "E\u0301cole (decomposed)", ["E\u0301cole"]],
  ["россия", "РОССИЯ и Россия", ["РОССИЯ", "Россия"]],
  ["россия", "Россиянин", null],
  ["росси*", "Россиянин", ["Россиянин"]],
  ["σοφοσ", "ΣΟΦΟΣ σοφος", ["ΣΟΦΟΣ", "σοφος"]],
  ["istanbul", "İSTANBUL", ["İSTANBUL"]],
  ["tiktok", "ＴｉｋＴｏｋ app", ["ＴｉｋＴｏｋ"]],
  ["finance", "ﬁnance ministry", ["ﬁnance"]],
  ["huawei", "Hua\u00adwei (soft hyphen)", ["Hua\u00adwei"]],
  ["huawei", "huawei.com and TikTok/Huawei", ["huawei", "Huawei"]],
  ["straße", "Hauptstraße, STRASSE", null],
  ["hauptstraße", "HAUPTSTRASSE und Hauptstraße", ["Hauptstraße"]],
  // CJK as substrings
  ["字节跳动", "北京字节跳动科技有限公司", ["字节跳动"]],
  ["抖音", "抖音（Douyin）是", ["抖音"]],
  ["抖音", "抖 音", ["抖 音"]],
  ["字节跳动", "字节 跳动", ["字节 跳动"]],
  ["douyin", "抖音douyin版", ["douyin"]],
  ["삼성", "삼성전자가 발표했다", ["삼성"]],
  ["ｶﾞｲﾄﾞ", "旅行ガイド", ["ガイド"]],
  // phrases
  ['"national security"', "on national\nsecurity grounds", ["national\nsecurity"]],
  ['"national security"', "National  Security", ["National  Security"]],
  ['"national security"', "security national", null],
  ['"national security"', "national, security", ["national, security"]],
  ['"data protect*"', "Data protection law", ["Data protection"]],
  // wildcards
  [
    "regulat*",
    "Regulators regulate regulation; regulatory",
    ["Regulators", "regulate", "regulation", "regulatory"],
  ],
  ["regulat*", "deregulation", null],
  // boolean operators
  ["huawei NOT phone", "Huawei sells phones", ["Huawei"]],
  ["huawei NOT phone", "Huawei phone", null],
  ["huawei AND ban", "Huawei faces a ban", ["Huawei", "ban"]],
  ["huawei AND ban", "Huawei faces sanctions", null],
  ["huawei ban", "Huawei faces sanctions", null],
  ["huawei OR zte", "ZTE results", ["ZTE"]],
  ["(huawei OR zte) AND (ban OR sanction*)", "ZTE sanctions", ["ZTE", "sanctions"]],
  ["(huawei OR zte) AND (ban OR sanction*)", "ZTE and Huawei", null],
  ["(huawei OR zte) NOT (phone OR handset)", "ZTE handset", null],
  ["a b OR c", "c only", ["c"]],
  ["a OR b c", "a only", ["a"]],
  ["a OR b c", "b only", null],
  ["x NOT NOT y", "x y", ["x"]],
  ["x NOT NOT y", "x", null],
];

// [query, text, expected]: NEAR distances count word positions; NEAR/1 = adjacent.
const NEAR_CASES: [string, string, string[] | null][] = [
  ["huawei NEAR/3 ban", "Huawei faces a ban", ["Huawei", "ban"]],
  ["huawei NEAR/3 ban", "ban faces a Huawei", ["ban", "Huawei"]],
  ["huawei NEAR/2 ban", "Huawei faces a ban", null],
  ["huawei NEAR/1 ban", "Huawei ban", ["Huawei", "ban"]],
  ["huawei NEAR/1 ban", "ban, Huawei!", ["ban", "Huawei"]],
  ["huawei NEAR/1 ban", "Huawei's ban", null],
  ["huawei NEAR/10 ban", `Huawei ${"w ".repeat(9)}ban`, ["Huawei", "ban"]],
  ["huawei NEAR/10 ban", `Huawei ${"w ".repeat(10)}ban`, null],
  ["huawei NEAR/10 ban", `ban ${"w ".repeat(9)}Huawei`, ["ban", "Huawei"]],
  ["huawei NEAR/10 ban", `ban ${"w ".repeat(10)}Huawei`, null],
  ['"trade war" NEAR/2 china', "China escalates the trade war", null],
  ['"trade war" NEAR/3 china', "China escalates the trade war", ["China", "trade war"]],
  ['"trade war" NEAR/1 china', "the trade war China", ["trade war", "China"]],
  ["(huawei OR zte) NEAR/2 ban*", "ZTE was banned; Huawei too", ["ZTE", "banned", "Huawei"]],
  ["huawei NEAR/3 huawei", "Huawei and Huawei", ["Huawei", "Huawei"]],
  ["huawei NEAR/3 huawei", "Huawei only", null],
  ["huawei NEAR/5 ban", "Only Huawei is far away from  - - - - - -  here: ban", null],
  ["字节 NEAR/2 抖音", "字节和抖音", ["字节", "抖音"]],
  ["字节 NEAR/1 抖音", "字节和抖音", null],
];

describe("matching", () => {
  it.each(TEXT_CASES)("%s in %j", (query, text, expected) => {
    expect(spanTexts(query, { title: "", text })).toEqual(expected);
  });

  it.each(NEAR_CASES)("%s in %j", (query, text, expected) => {
    expect(spanTexts(query, { title: "", text })).toEqual(expected);
  });

  it("does not let NEAR or phrases cross from title to text", () => {
    expect(spanTexts("huawei NEAR/1 ban", { title: "Huawei", text: "ban" })).toBeNull();
    expect(spanTexts('"huawei ban"', { title: "Huawei", text: "ban" })).toBeNull();
    expect(spanTexts("huawei AND ban", { title: "Huawei", text: "ban" })).toEqual(["Huawei", "ban"]);
  });

  it("counts title and text mentions and scores title mentions higher", () => {
    const result = matcher("huawei OR zte").match({
      title: "Huawei and ZTE",
      text: "Huawei said. Huawei added. ZTE declined.",
    });
    expect(result).toMatchObject({ mentions: 5, titleMentions: 2, textMentions: 3 });
    expect(result?.score).toBe(3 + TITLE_WEIGHT * 2);
    expect(TITLE_WEIGHT).toBe(3);
  });

  it("counts only the positive terms that made the query true", () => {
    const both = matcher("huawei NOT phone OR zte").match({ title: "", text: "Huawei phone; ZTE; ZTE" });
    expect(both).toMatchObject({ mentions: 2, textMentions: 2 });
    const near = matcher("huawei NEAR/1 ban").match({
      title: "",
      text: "Huawei ban. Elsewhere Huawei again.",
    });
    expect(near?.mentions).toBe(2);
  });

  it("merges overlapping matches into one mention", () => {
    const result = matcher('"huawei ban" OR ban OR huawei*').match({ title: "", text: "the Huawei ban" });
    expect(result?.mentions).toBe(1);
    expect(result?.spans).toEqual([{ field: "text", start: 4, end: 14 }]);
  });

  it("shares one prepared document between many queries", () => {
    const doc = prepareDocument({ title: "ZTE", text: "Huawei faces a US ban on 5G equipment." });
    const queries = ["huawei", "zte", "huawei NEAR/4 ban", '"5g equipment"', "apple", "huawei NOT ban"];
    expect(queries.map((q) => matcher(q).test(doc))).toEqual([true, true, true, true, false, false]);
    expect(matcher("huawei").match(doc)?.mentions).toBe(1);
  });

  it("gives the same result for raw and prepared documents", () => {
    const doc = { title: "Huawei", text: "A ban on Huawei’s 5G gear." };
    const query = matcher("huawei NEAR/3 (ban OR gear)");
    expect(query.match(prepareDocument(doc))).toEqual(query.match(doc));
  });

  it("refuses to compile a hand-built AST that only excludes", () => {
    const child: QueryNode = {
      kind: "literal",
      words: [{ text: "x", prefix: false, unsegmented: false }],
      quoted: false,
      raw: "x",
      offset: 4,
      length: 1,
    };
    expect(() => compileQuery({ kind: "not", child, offset: 0, length: 5 })).toThrow(/no positive term/);
  });
});
