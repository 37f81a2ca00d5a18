// Queries pasted from other tools (Lucene, Media Cloud, Elasticsearch, LexisNexis): understood
// (`"a b"~N`, `title:`, `text:`) or refused with the fix, never read literally to match nothing.
import { describe, expect, it } from "vitest";
import { formatQuery, parseQuery, toExactTsQuery, toTsQuery } from "../../src/query/index.ts";
import { matcher, spanTexts } from "./helpers.ts";

function canonical(source: string): string {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`expected ${source} to parse: ${result.error.message}`);
  return formatQuery(result.ast);
}

describe("Lucene proximity", () => {
  it('reads "a b"~N as a NEAR/N b, with a warning saying so', () => {
    expect(canonical('"tiktok ban"~5')).toBe("tiktok NEAR/5 ban");
    expect(canonical('huawei OR "tiktok ban"~10')).toBe("huawei OR tiktok NEAR/10 ban");
    const result = parseQuery('"tiktok ban"~5');
    expect(result.ok && result.warnings[0]?.message).toContain("is read as tiktok NEAR/5 ban");
    // ~0 is the exact phrase
    expect(canonical('"tiktok ban"~0')).toBe('"tiktok ban"');
  });

  it("matches both orders within the distance, and nothing farther apart", () => {
    const query = '"tiktok ban"~3';
    expect(spanTexts(query, { title: "", text: "A ban on TikTok looms." })).toEqual(["ban", "TikTok"]);
    expect(spanTexts(query, { title: "", text: "TikTok faces a ban." })).toEqual(["TikTok", "ban"]);
    expect(spanTexts(query, { title: "", text: "TikTok said on Monday that a ban would hurt." })).toBeNull();
  });
});

describe("title: and text:", () => {
  it("restricts a term, a phrase or a group to one field", () => {
    expect(canonical("title:TikTok")).toBe("title:tiktok");
    expect(canonical('title:"tiktok ban" OR text:(huawei OR zte)')).toBe(
      'title:"tiktok ban" OR text:huawei OR text:zte',
    );
    const doc = { title: "TikTok ban upheld", text: "The court upheld the ban on Huawei." };
    expect(spanTexts("title:tiktok", doc)).toEqual(["TikTok"]);
    expect(spanTexts("text:tiktok", doc)).toBeNull();
    expect(spanTexts("title:huawei", doc)).toBeNull();
    expect(spanTexts("text:huawei", doc)).toEqual(["Huawei"]);
    // Unrestricted terms still search both fields.
    expect(spanTexts("ban", doc)).toEqual(["ban", "ban"]);
    expect(spanTexts("title:ban AND NOT text:tiktok", doc)).toEqual(["ban"]);
  });

  it("takes the evidence from the field that matched", () => {
    const doc = { title: "TikTok ban upheld", text: "TikTok said it would appeal. Nothing else." };
    const titleOnly = matcher("title:tiktok").match(doc);
    expect(titleOnly?.evidence.map((e) => [e.field, e.sentence])).toEqual([["title", "TikTok ban upheld"]]);
    expect(titleOnly).toMatchObject({ titleMentions: 1, textMentions: 0 });
    const textOnly = matcher("text:tiktok").match(doc);
    expect(textOnly?.evidence.map((e) => [e.field, e.sentence])).toEqual([
      ["text", "TikTok said it would appeal."],
    ]);
  });

  it("keeps field-restricted terms out of the exact Postgres count, but in the prefilter", () => {
    const restricted = parseQuery("title:tiktok");
    const plain = parseQuery("tiktok");
    if (!restricted.ok || !plain.ok) throw new Error("should parse");
    expect(toExactTsQuery(restricted.ast)).toBeNull();
    expect(toExactTsQuery(plain.ast)).toBe("'tiktok'");
    expect(toTsQuery(restricted.ast)).toBe("'tiktok'");
  });
});

// [query, what the message must say, column]
const REFUSED: [string, string, number][] = [
  ["source:nytimes.com tiktok", '"source:" at column 1 is a field search; only title: and text:', 1],
  ["tiktok AND media_id:1234", '"media_id:" at column 12 is a field search', 12],
  ["headline:tiktok", "Write tiktok alone", 1],
  ["tiktok^2", "Boosts", 1],
  ['"tiktok ban"^3', "remove ^3", 13],
  ["publish_date:[2020-01-01 TO 2021-01-01]", "field search", 1],
  ["[2020 TO 2021]", "Ranges like [a TO b]", 1],
  ["{a TO b}", "Ranges like [a TO b]", 1],
  ["+tiktok +ban", "write tiktok", 1],
  ["tiktok -dance", "write NOT dance", 8],
  ["!dance tiktok", "write NOT dance", 1],
  ["wom?n", "use a trailing * (wom*)", 1],
  ["tiktok~", "Fuzzy matching", 1],
  ["tiktok~2", "Fuzzy matching", 1],
  ["/tik.*tok/", "Regular expressions", 1],
  ["tiktok w/5 ban", "write NEAR/5", 8],
  ["tiktok AND_NOT ban", "write AND NOT (two words", 8],
  ["tiktok ANDNOT ban", "write AND NOT", 8],
  ["tiktok OR_NOT ban", "write OR NOT", 8],
  ["tiktok BUT_NOT ban", "write AND NOT", 8],
  ["tiktok PRE/3 ban", "write NEAR/3", 8],
  ['"tiktok ban"~x', "proximity takes a whole number", 13],
  ['"tiktok ban us"~5', "works on two words here; write a NEAR/5 b", 1],
  ["title:text:tiktok", "a term is searched in one field or both", 1],
  ["title:", "Expected a term after title:", 7],
];

describe("other tools' syntax", () => {
  it.each(REFUSED)("refuses %s with the fix", (source, fragment, column) => {
    const result = parseQuery(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(fragment);
    expect(result.error.column).toBe(column);
  });

  it("leaves ordinary words with hyphens, colons and URLs alone", () => {
    expect(canonical("anti-china")).toBe('"anti china"');
    expect(canonical("covid-19")).toBe('"covid 19"');
    expect(canonical("10:30")).toBe('"10 30"');
    expect(canonical("https://huawei.com")).toBe('"https huawei com"');
  });
});
