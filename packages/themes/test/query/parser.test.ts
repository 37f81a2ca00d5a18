import { describe, expect, it } from "vitest";
import { formatQuery, parseQuery, positiveTerms, type QueryNode } from "../../src/query/index.ts";

/** Compact structural rendering, independent of formatQuery, to pin down the tree shape. */
function shape(node: QueryNode): string {
  switch (node.kind) {
    case "literal":
      return node.words.map((w) => w.text + (w.prefix ? "*" : "")).join("_");
    case "and":
    case "or":
      return `(${node.kind} ${node.children.map(shape).join(" ")})`;
    case "not":
      return `(not ${shape(node.child)})`;
    case "near":
      return `(near${node.distance} ${shape(node.left)} ${shape(node.right)})`;
  }
}

function parsed(source: string): QueryNode {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`expected ${source} to parse: ${result.error.message}`);
  return result.ast;
}

// [query, canonical form, tree shape]
const VALID: [string, string, string][] = [
  ["huawei", "huawei", "huawei"],
  ["  Huawei  ", "huawei", "huawei"],
  ["HUAWEI", "huawei", "huawei"],
  ['"national security"', '"national security"', "national_security"],
  ['"National   Security"', '"national security"', "national_security"],
  ["“national security”", '"national security"', "national_security"],
  ['"huawei"', "huawei", "huawei"],
  ["regulat*", "regulat*", "regulat*"],
  ['"data protect*"', '"data protect*"', "data_protect*"],
  ['"protect* data"', '"protect* data"', "protect*_data"],
  ["anti-china", '"anti china"', "anti_china"],
  ["Huawei's", '"huawei s"', "huawei_s"],
  ["5G", "5g", "5g"],
  ["ＴｉｋＴｏｋ", "tiktok", "tiktok"],
  ["ﬁnance", "finance", "finance"],
  ["Россия", "россия", "россия"],
  ["ΣΟΦΟΣ", "σοφοσ", "σοφοσ"],
  ["İstanbul", "istanbul", "istanbul"],
  ["Hua\u00adwei", "huawei", "huawei"],
  ["字节跳动", "字节跳动", "字_节_跳_动"],
  ["抖音app", "抖音app", "抖_音_app"],
  ["字节*", "字节", "字_节"],
  ["data*'字", '"data* 字"', "data*_字"],
  ["TikTok OR 抖音 OR Douyin", "tiktok OR 抖音 OR douyin", "(or tiktok 抖_音 douyin)"],
  ["huawei ban", "huawei AND ban", "(and huawei ban)"],
  ["huawei AND ban", "huawei AND ban", "(and huawei ban)"],
  ["huawei NOT phone", "huawei AND NOT phone", "(and huawei (not phone))"],
  ["huawei AND NOT phone", "huawei AND NOT phone", "(and huawei (not phone))"],
  ["a OR b AND c", "a OR b AND c", "(or a (and b c))"],
  ["a OR b NOT c", "a OR b AND NOT c", "(or a (and b (not c)))"],
  ["Huawei  ban OR (ZTE)", "huawei AND ban OR zte", "(or (and huawei ban) zte)"],
  ["a AND b OR c", "a AND b OR c", "(or (and a b) c)"],
  ["a b OR c d", "a AND b OR c AND d", "(or (and a b) (and c d))"],
  ["(a OR b) c", "(a OR b) AND c", "(and (or a b) c)"],
  ["a (b OR c)", "a AND (b OR c)", "(and a (or b c))"],
  ["((a))", "a", "a"],
  ["(a OR (b OR c)) OR d", "a OR b OR c OR d", "(or a b c d)"],
  ["a AND (b AND c)", "a AND b AND c", "(and a b c)"],
  ["x NOT (a OR b)", "x AND NOT (a OR b)", "(and x (not (or a b)))"],
  ["x NOT a b", "x AND NOT a AND b", "(and x (not a) b)"],
  ["x AND NOT NOT y", "x AND NOT NOT y", "(and x (not (not y)))"],
  ["huawei NEAR/10 ban", "huawei NEAR/10 ban", "(near10 huawei ban)"],
  ["huawei NEAR/1 ban", "huawei NEAR/1 ban", "(near1 huawei ban)"],
  ["(huawei OR zte) NEAR/5 ban*", "(huawei OR zte) NEAR/5 ban*", "(near5 (or huawei zte) ban*)"],
  [
    '"trade war" NEAR/5 (china OR beijing)',
    '"trade war" NEAR/5 (china OR beijing)',
    "(near5 trade_war (or china beijing))",
  ],
  ["a NEAR/3 b c", "a NEAR/3 b AND c", "(and (near3 a b) c)"],
  ["a NEAR/3 b OR c", "a NEAR/3 b OR c", "(or (near3 a b) c)"],
  ["c OR a NEAR/3 b", "c OR a NEAR/3 b", "(or c (near3 a b))"],
  ["(a NEAR/2 b) AND (b NEAR/2 c)", "a NEAR/2 b AND b NEAR/2 c", "(and (near2 a b) (near2 b c))"],
  ["x NOT (a NEAR/2 b)", "x AND NOT (a NEAR/2 b)", "(and x (not (near2 a b)))"],
  ["rock and roll", "rock AND and AND roll", "(and rock and roll)"],
  ['"war and peace"', '"war and peace"', "war_and_peace"],
  ["a\nOR\tb", "a OR b", "(or a b)"],
  ["x AND(a OR b)", "x AND (a OR b)", "(and x (or a b))"],
  ["y NOT(x)", "y AND NOT x", "(and y (not x))"],
  ["（a OR b） c", "(a OR b) AND c", "(and (or a b) c)"],
];

describe("parseQuery: valid queries", () => {
  it.each(VALID)("%s", (source, canonical, tree) => {
    const ast = parsed(source);
    expect(formatQuery(ast)).toBe(canonical);
    expect(shape(ast)).toBe(tree);
  });

  it.each(VALID)("canonical form of %s parses back to the same tree", (source) => {
    const ast = parsed(source);
    const again = parsed(formatQuery(ast));
    expect(shape(again)).toBe(shape(ast));
    expect(formatQuery(again)).toBe(formatQuery(ast));
  });
});

// [query, message fragment, 1-based column]
const INVALID: [string, string, number][] = [
  ["", "Query is empty", 1],
  ["   ", "Query is empty", 1],
  ["huawei OR", "Expected a term after OR at column 10", 10],
  ["huawei OR zte OR", "Expected a term after OR at column 17", 17],
  ["OR huawei", "Expected a term before OR at column 1", 1],
  ["huawei AND", "Expected a term after AND", 11],
  ["huawei AND OR zte", "Expected a term after AND at column 12 but found OR", 12],
  ["huawei NOT", "Expected a term after NOT", 11],
  ["huawei NEAR/5", "Expected a term after NEAR/5", 14],
  ["NEAR/5 ban", "Expected a term before NEAR/5", 1],
  ['ban "national security', "Unclosed quote starting at column 5", 5],
  ['ab "', "Unclosed quote starting at column 4", 4],
  ["(huawei OR zte", 'Unbalanced parenthesis: "(" at column 1 is never closed', 1],
  ["huawei OR zte)", 'Unbalanced parenthesis: ")" at column 14 has no "("', 14],
  [")", 'Unbalanced parenthesis: ")" at column 1', 1],
  ["a (b (c OR d)", 'Unbalanced parenthesis: "(" at column 3', 3],
  ["a ()", "Empty parentheses at column 3", 3],
  ["huawei NEAR ban", "NEAR needs a distance, e.g. NEAR/10, at column 8", 8],
  ["huawei NEAR/ ban", "NEAR needs a distance", 8],
  ["huawei NEAR/0 ban", "NEAR distance must be a whole number from 1 to 200", 8],
  ["huawei NEAR/201 ban", "NEAR distance must be a whole number from 1 to 200", 8],
  ["huawei NEAR/x ban", "NEAR distance must be a whole number", 8],
  ["a NEAR/2 b NEAR/2 c", "NEAR cannot be chained (at column 12)", 12],
  ["(a b) NEAR/2 c", "NEAR only works between words, phrases, wildcards or OR-groups", 1],
  ["a NEAR/2 NOT b", "NEAR only works between", 10],
  ["a NEAR/2 (b OR c d)", "NEAR only works between", 10],
  ["regul*ation", "Wildcards are only allowed at the end of a word (the * at column 6)", 6],
  ["*huawei", "Wildcards are only allowed at the end of a word", 1],
  ["ban**", "Wildcards are only allowed at the end of a word", 4],
  ['x "data *protection"', "Wildcards are only allowed at the end of a word", 9],
  ["a*", "A wildcard needs at least 2 letters or digits before the * at column 2", 2],
  ["x ＡＢ＊ｃ", "Wildcards are only allowed at the end of a word", 5],
  ['x ""', "Empty phrase at column 3", 3],
  ['x "   "', "Empty phrase", 3],
  ['x "!!"', 'Phrase "!!" at column 3 contains no letters or digits', 3],
  ["x !!!", 'Term "!!!" at column 3 contains no letters or digits', 3],
  ["x && y", '"&&" at column 3 is not an operator here; use AND, OR or NOT', 3],
  ["NOT x", "only excludes words", 1],
  ["NOT x NOT y", "only excludes words", 1],
  ["(NOT x)", "only excludes words", 1],
  ["a OR NOT b", "The OR alternative at column 6 only excludes words", 6],
  ["a\nOR", "Expected a term after OR at line 2, column 3", 3],
  ["a OR\n  b OR", "at line 2, column 7", 7],
  [`${"(".repeat(70)}a${")".repeat(70)}`, "nested too deeply", 65],
  ["a".repeat(10_001), "Query is too long", 10_001],
];

describe("parseQuery: invalid queries", () => {
  it.each(INVALID)("%s", (source, fragment, column) => {
    const result = parseQuery(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(fragment);
    expect(result.error.column).toBe(column);
    expect(result.error.offset).toBeGreaterThanOrEqual(0);
    expect(result.error.offset).toBeLessThanOrEqual(source.length);
  });

  it("reports offset, line, column and length of the offending text", () => {
    const result = parseQuery("huawei NEAR/0 ban");
    expect(result).toMatchObject({ ok: false, error: { offset: 7, line: 1, column: 8, length: 6 } });
    const quote = parseQuery('ban "national security');
    expect(quote).toMatchObject({ ok: false, error: { offset: 4, column: 5, length: 18 } });
  });

  it("never throws, whatever the input", () => {
    const pieces = ["a", "OR", "AND", "NOT", "NEAR/2", "(", ")", '"', "*", "é", "字", " ", "-", "'", "\n"];
    let seed = 7;
    for (let run = 0; run < 2000; run++) {
      let source = "";
      const length = 1 + (run % 9);
      for (let k = 0; k < length; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        source += pieces[seed % pieces.length];
      }
      const result = parseQuery(source);
      if (result.ok) expect(parsed(formatQuery(result.ast))).toBeTruthy();
      else expect(result.error.message.length).toBeGreaterThan(0);
    }
  });
});

describe("parseQuery: AST details", () => {
  it("keeps the raw text and location of literals", () => {
    const ast = parsed('ban "National Security"');
    expect(ast).toMatchObject({
      kind: "and",
      children: [
        { kind: "literal", raw: "ban", quoted: false, offset: 0, length: 3 },
        { kind: "literal", raw: "National Security", quoted: true, offset: 4, length: 19 },
      ],
    });
  });

  it("marks CJK words as unsegmented and wildcards as prefixes", () => {
    expect(parsed("抖音")).toMatchObject({
      words: [
        { text: "抖", prefix: false, unsegmented: true },
        { text: "音", prefix: false, unsegmented: true },
      ],
    });
    expect(parsed("Regulat*")).toMatchObject({
      words: [{ text: "regulat", prefix: true, unsegmented: false }],
    });
  });

  it("warns when lower-case operator words are used", () => {
    const result = parseQuery("huawei or zte near/5 ban");
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.column, w.message])).toEqual([
      [8, '"or" at column 8 is searched for as a word; operators must be upper-case (OR)'],
      [15, '"near/5" at column 15 is searched for as a word; operators must be upper-case (NEAR/5)'],
    ]);
    expect(parseQuery('"rock and roll"').warnings).toEqual([]);
  });
});

describe("positiveTerms", () => {
  it("lists literals outside NOT once, in query order", () => {
    const ast = parsed('huawei NOT phone OR "National Security" OR (Huawei NEAR/3 regulat*)');
    expect(positiveTerms(ast)).toEqual(["huawei", '"national security"', "regulat*"]);
  });
});
