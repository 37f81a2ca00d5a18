// Checks the database prefilter against a real PostgreSQL: for every (query, document) pair the
// matcher accepts, the prefilter must accept too (superset), and it should still reject
// documents that contain none of the query's words.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrefilterSafe } from "../../src/query/char-classes.ts";
import { compileQuery, parseQuery, prefilterTsVectorSql, toTsQuery } from "../../src/query/index.ts";
import { foldChunk } from "../../src/query/normalize.ts";

const DOCUMENTS = [
  "The ban was lifted. A banner hung outside. Urban planning.",
  "Huawei's phones; Huawei’s chips; HUAWEI.",
  "TikTok/Douyin and Douyin/TikTok, and/or huawei.com, www.huawei.com, ceo@huawei.com.",
  "See https://www.huawei.com/ban/list?x=1 and /usr/lib/huawei or C:\\huawei\\ban.",
  "Huawei.The typo, end.Next, e.g. U.S. sanctions, Mr.Smith.",
  "COVID-19 cases, -5 degrees, +7 points, 1,000 people, 3.5G, v1.2.3, x2.5, 1e5, 5G and G7.",
  "anti-China protests, anti–China, anti China, state-of-the-art re-regulate.",
  "Le Café de Flore, ÉCOLE, E\u0301cole, Россия, РОССИЯ, Россиянин, ΣΟΦΟΣ σοφος, İSTANBUL.",
  "ＴｉｋＴｏｋ ﬁnance ㍱ 𝐁𝐨𝐥𝐝 Ⅻ ① ² ½ ǅemal.",
  "Hua\u00adwei (soft hyphen), Hua\u200bwei (zero-width space), Hua\u200dwei (joiner).",
  "北京字节跳动科技有限公司 抖音douyin版 TikTok抖音 삼성전자가 ｶﾞｲﾄﾞ ไทยภาษา.",
  "हिन्दी समाचार, שָׁלוֹם, مَرْحَبًا, 🅰pple 🅱an 😀ban 👍🏽Huawei.",
  "national\nsecurity grounds; National  Security; security national; trade war with China.",
  "Regulators regulate regulation; deregulation; regulatory. Straße STRASSE Hauptstraße.",
  "data protection law, ZTE sanctions, Huawei handset, O’Brien, don't.",
  "huawei_ban huawei-ban huawei.ban huawei/ban huawei:ban huawei@ban huawei~ban huawei&amp;ban <b>huawei</b>",
];

const QUERIES = [
  "ban",
  "banner",
  "huawei",
  "huawei's",
  "douyin",
  "tiktok",
  "tiktok OR douyin",
  "com",
  "www",
  "ceo",
  "lib",
  "usr",
  "list",
  "the",
  "next",
  "smith",
  "covid-19",
  "19",
  "5",
  "7",
  "000",
  "3",
  "5g",
  "g7",
  "1e5",
  "v1",
  "anti-china",
  "china",
  "art",
  "regulate",
  "café",
  "école",
  "россия",
  "росси*",
  "σοφοσ",
  "istanbul",
  "finance",
  "hpa",
  "bold",
  "xii",
  "1",
  "2",
  "dzemal",
  "džemal",
  "huawei NEAR/3 ban",
  '"national security"',
  '"trade war" NEAR/3 china',
  "regulat*",
  "reg*",
  "straße",
  "strasse",
  "hauptstraße",
  "data protect*",
  "(huawei OR zte) NOT handset",
  "o'brien",
  "don't",
  "pple",
  "an",
  "wei",
  "hua",
  "hua* OR wei",
  "amp",
  "字节跳动 OR douyin",
  "抖音 AND douyin",
  "版",
  "삼성",
  "समाचार",
  "x9q AND ban",
];

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({
    connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** Evaluates `prefilter(document) @@ to_tsquery('simple', query)` for many pairs in one round trip. */
async function prefilterAccepts(pairs: { document: string; tsquery: string }[]): Promise<boolean[]> {
  const result = await client.query<{ accepted: boolean }>(
    `SELECT ${prefilterTsVectorSql("t.document")} @@ to_tsquery('simple', t.tsquery) AS accepted
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(document, tsquery, n) ORDER BY t.n`,
    [pairs.map((p) => p.document), pairs.map((p) => p.tsquery)],
  );
  return result.rows.map((row) => row.accepted);
}

describe("toTsQuery against PostgreSQL", () => {
  it("accepts every document the matcher matches (superset), and still filters", async () => {
    const pairs: { query: string; document: string; tsquery: string; matches: boolean }[] = [];
    const unfilterable: string[] = [];
    for (const query of QUERIES) {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
      const tsquery = toTsQuery(parsed.ast);
      if (tsquery === null) {
        unfilterable.push(query);
        continue;
      }
      const matcher = compileQuery(parsed.ast);
      for (const document of DOCUMENTS) {
        pairs.push({ query, document, tsquery, matches: matcher.test({ title: "", text: document }) });
      }
    }
    const accepted = await prefilterAccepts(pairs);
    const missed = pairs.filter((pair, i) => pair.matches && !accepted[i]);
    expect(missed.map((p) => `${p.query} | ${p.tsquery} | ${p.document}`)).toEqual([]);
    expect(pairs.filter((p) => p.matches).length).toBeGreaterThan(80);
    // The filter is useful: most non-matching pairs are rejected by the database already.
    const rejected = pairs.filter((pair, i) => !pair.matches && !accepted[i]).length;
    expect(rejected / pairs.filter((p) => !p.matches).length).toBeGreaterThan(0.7);
    expect(unfilterable).toEqual(["समाचार"]);
  });

  it("is needed: the plain to_tsvector('simple', text) would lose true matches", async () => {
    const result = await client.query<{ douyin: boolean; huawei: boolean; covid: boolean; tiktok: boolean }>(
      `SELECT to_tsvector('simple', 'TikTok/Douyin') @@ to_tsquery('simple', $1) AS douyin,
              to_tsvector('simple', 'www.huawei.com') @@ to_tsquery('simple', $2) AS huawei,
              to_tsvector('simple', 'COVID-19') @@ to_tsquery('simple', $3) AS covid,
              to_tsvector('simple', 'ＴｉｋＴｏｋ') @@ to_tsquery('simple', $4) AS tiktok`,
      ["'douyin'", "'huawei'", "'covid' & '19'", "'tiktok'"],
    );
    expect(result.rows[0]).toEqual({ douyin: false, huawei: false, covid: false, tiktok: false });
  });

  it("agrees with PostgreSQL on every character a lexeme may contain", async () => {
    // Every NFKC-stable code point that our folding turns into prefilter-safe characters must be
    // a word character for PostgreSQL and be lowercased the same way, or lexemes would not meet.
    // Letters whose uppercase form PostgreSQL does not know are excluded from lexemes on purpose.
    expect(isPrefilterSafe(0x0264)).toBe(false);
    const characters: string[] = [];
    const expected: string[] = [];
    for (let cp = 0x30; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.normalize("NFKC") !== ch) continue;
      const folded = foldChunk(ch);
      if (folded === "" || ![...folded].every((c) => isPrefilterSafe(c.codePointAt(0) ?? 0))) continue;
      characters.push(ch);
      expected.push(folded);
    }
    expect(characters.length).toBeGreaterThan(1500);
    const result = await client.query<{ lexemes: string[] }>(
      `SELECT tsvector_to_array(${prefilterTsVectorSql("t.ch")}) AS lexemes
         FROM unnest($1::text[]) WITH ORDINALITY AS t(ch, n) ORDER BY t.n`,
      [characters],
    );
    const mismatches = characters
      .map((ch, i) => ({ ch, expected: expected[i], actual: result.rows[i]?.lexemes.join(",") }))
      .filter((row) => row.actual !== row.expected);
    expect(mismatches).toEqual([]);
    const lowered = await client.query<{ same: boolean }>(
      "SELECT bool_and(to_tsquery('simple', quote_literal(e)) = (quote_literal(e))::tsquery) AS same FROM unnest($1::text[]) e",
      [expected],
    );
    expect(lowered.rows[0]?.same).toBe(true);
  });

  it("can back a GIN expression index that the prefilter query uses", async () => {
    await client.query("CREATE TEMP TABLE prefilter_docs (id serial PRIMARY KEY, title text, body text)");
    const tsvector = prefilterTsVectorSql("coalesce(title, '') || ' ' || body");
    await client.query(`CREATE INDEX prefilter_docs_search ON prefilter_docs USING gin ((${tsvector}))`);
    await client.query(
      "INSERT INTO prefilter_docs (title, body) SELECT 'Doc ' || i, 'filler text number ' || i FROM generate_series(1, 2000) i",
    );
    await client.query(
      "INSERT INTO prefilter_docs (title, body) VALUES ('ＨＵＡＷＥＩ ban', 'TikTok/Douyin')",
    );
    await client.query("ANALYZE prefilter_docs");
    const parsed = parseQuery("huawei AND douyin");
    if (!parsed.ok) throw new Error(parsed.error.message);
    const sql = `SELECT title FROM prefilter_docs WHERE ${tsvector} @@ to_tsquery('simple', $1)`;
    const rows = await client.query<{ title: string }>(sql, [toTsQuery(parsed.ast)]);
    expect(rows.rows.map((r) => r.title)).toEqual(["ＨＵＡＷＥＩ ban"]);
    const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql.replace("$1", "'huawei'")}`);
    expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("prefilter_docs_search");
  });
});
