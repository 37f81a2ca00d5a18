import { describe, expect, it } from "vitest";
import { parseQuery, prefilterTsVectorSql, toTsQuery } from "../../src/query/index.ts";

function tsquery(source: string): string | null {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`query ${source} does not parse: ${result.error.message}`);
  return toTsQuery(result.ast);
}

// [query, expected to_tsquery argument (null = cannot prefilter)]
const CASES: [string, string | null][] = [
  ["huawei", "'huawei'"],
  ["Huawei", "'huawei'"],
  ["regulat*", "'regulat':*"],
  ['"national security"', "'national' & 'security'"],
  ['"data protect*"', "'data' & 'protect':*"],
  ["anti-china", "'anti' & 'china'"],
  ["Huawei's", "'huawei' & 's'"],
  ["covid-19", "'covid' & '19'"],
  ["5G", "'5g'"],
  ["huawei ban", "'huawei' & 'ban'"],
  ["huawei AND huawei", "'huawei'"],
  ["huawei OR zte", "'huawei' | 'zte'"],
  ["huawei OR huawei", "'huawei'"],
  ["huawei NOT phone", "'huawei'"],
  ["huawei NOT (phone OR handset)", "'huawei'"],
  ["huawei NEAR/5 ban", "'huawei' & 'ban'"],
  ["(huawei OR zte) NEAR/5 ban*", "('huawei' | 'zte') & 'ban':*"],
  ["(a b) OR c", "('a' & 'b') | 'c'"],
  ["(a OR b) (c OR d)", "('a' | 'b') & ('c' | 'd')"],
  ["ＴｉｋＴｏｋ", "'tiktok'"],
  ["Россия", "'россия'"],
  ["ΣΟΦΟΣ", "'σοφοσ'"],
  ["İstanbul", "'istanbul'"],
  ["École", "'école'"],
  // Unsegmented scripts (CJK, Thai) and words with combining marks cannot be prefiltered.
  // CJK terms: every character is its own lexeme in the prefilter vector.
  ["字节跳动", "'字' & '节' & '跳' & '动'"],
  ["抖音 OR douyin", "('抖' & '音') | 'douyin'"],
  ["tiktok OR 抖音 OR douyin", "'tiktok' | ('抖' & '音') | 'douyin'"],
  ["抖音 AND douyin", "'抖' & '音' & 'douyin'"],
  ['"抖音 app"', "'抖' & '音' & 'app'"],
  ["音音乐", "'音' & '乐'"],
  ["삼성*", "'삼' & '성'"],
  ["हिन्दी", null],
  ["huawei OR हिन्दी", null],
  ["huawei AND हिन्दी", "'huawei'"],
];

describe("toTsQuery", () => {
  it.each(CASES)("%s → %s", (query, expected) => {
    expect(tsquery(query)).toBe(expected);
  });

  it("only ever emits quoted letter/digit lexemes and tsquery operators", () => {
    const hostile = [
      "huawei'|'x",
      "a\\' AND b",
      "xy*&!y",
      "x'; DROP TABLE articles; --x",
      "a<->b",
      '"x\'y" OR z',
      "$1 OR $$a",
      "a\u0000b",
    ];
    let checked = 0;
    const safe = /^(?:[()&| ]|'[\p{L}\p{Nd}]+'(?::\*)?)+$/u;
    for (const query of hostile) {
      const result = parseQuery(query);
      if (!result.ok) continue;
      const output = toTsQuery(result.ast);
      if (output === null) continue;
      expect(output).toMatch(safe);
      checked++;
    }
    expect(checked).toBe(hostile.length);
    expect(tsquery("huawei'|'x")).toBe("'huawei' & 'x'");
    expect(tsquery("\"a\\' & 'b\"")).toBe("'a' & 'b'");
  });
});

describe("prefilterTsVectorSql", () => {
  it("embeds the document expression and normalises like the matcher", () => {
    const sql = prefilterTsVectorSql("coalesce(title, '') || ' ' || text");
    expect(
      sql.startsWith(
        "to_tsvector('simple', regexp_replace(regexp_replace(translate(normalize(coalesce(title, '')",
      ),
    ).toBe(true);
    expect(sql).toContain("NFKC");
    expect(sql).toContain("[^[:alnum:]]");
    // Indexed CJK characters become lexemes of their own; other unsegmented scripts are spaces.
    expect(sql).toContain("E'([\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3])', E' \\\\1 '");
    expect(sql).toContain("\\U00020000-\\U0003ffff");
  });
});
