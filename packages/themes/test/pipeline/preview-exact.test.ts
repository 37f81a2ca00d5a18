// Simple word queries are counted by Postgres alone; those counts must equal what the matcher
// (and so a saved theme's backfill) finds, on text full of the things tokenizers disagree on.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previewDefinition, SAMPLE_BUCKETS } from "../../src/preview/index.ts";
import { countWithMatcher } from "../../src/preview/scan.ts";
import {
  compileQuery,
  parseQuery,
  prefilterTsVectorSql,
  toExactTsQuery,
  toTsQuery,
} from "../../src/query/index.ts";
import { addArticle, prisma } from "./fixtures.ts";

const TEXTS = [
  "Huawei's 5G ban: the U.S. moves against Huawei-made kit.",
  "TikTok/Douyin and huawei.com were mentioned; so was COVID-19 and covid19.",
  "ＴｉｋＴｏｋ and the ﬁnance ministry met in Zürich and Munich.",
  "Trump2020 rallies; trumpet players; TRUMP said trump's plan.",
  "字节跳动旗下的TikTok在美国 faces a ban. Tiktok抖音",
  "e-mail john@huawei.com or visit https://www.tiktok.com/@user?x=1",
  "Data-privacy rules; data privacy; DATA—PRIVACY; data_privacy",
  "Regulators regulate; regulation of regulatory bodies. Deregulation follows.",
  "The ban on bananas is not a banner year. Bans, banned, banning.",
  "Ελληνικά ΣΟΦΟΣ σοφος and Россия appear with Huawei.",
  "5g 5G 5GHz g7 G7 4G/5G networks",
  "Soft\u00adhyphen Hua\u00adwei and zero\u200Bwidth tik\u200Btok",
];

const QUERIES = [
  "huawei",
  "tiktok",
  "trump",
  "regulat*",
  "ban OR bans",
  "5g",
  "huawei AND NOT ban",
  "(tiktok OR douyin) AND ban*",
  "data AND privacy",
  "covid19 OR covid",
  "finance OR zurich",
  "g7 NOT 4g",
];

beforeAll(async () => {
  await truncateAllTables(prisma);
  for (const [i, text] of TEXTS.entries()) {
    await addArticle(prisma, {
      title: `Story ${i}`,
      text,
      publishedAt: `2024-04-${String(1 + i).padStart(2, "0")}T08:00:00Z`,
    });
  }
});
afterAll(() => prisma.$disconnect());

describe("the database's prefilter function", () => {
  it("is the vector prefilterTsVectorSql() defines (migrations and code agree)", async () => {
    const expression = prefilterTsVectorSql("coalesce($1::text, '') || ' ' || coalesce($2::text, '')");
    for (const text of TEXTS) {
      const rows = await prisma.$queryRawUnsafe<{ same: boolean }[]>(
        `SELECT tidemark_prefilter_vector($1, $2)::text = (${expression})::text AS same`,
        "A title",
        text,
      );
      expect([text, rows[0]?.same]).toEqual([text, true]);
    }
  });
});

describe("preview counted in the database", () => {
  it.each(QUERIES)("%s: same count and weeks as the matcher", async (definition) => {
    const parsed = parseQuery(definition);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(toExactTsQuery(parsed.ast)).not.toBeNull();
    const preview = await previewDefinition(prisma, { definition });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.method).toBe("database");
    const byMatcher = await countWithMatcher(
      prisma,
      compileQuery(parsed.ast),
      toTsQuery(parsed.ast),
      { timezone: "UTC", samples: 0, budgetMs: 60_000, maxBucket: SAMPLE_BUCKETS },
      performance.now(),
    );
    expect(preview.matched).toBe(byMatcher.matched);
    expect(
      Object.fromEntries(preview.weekly.filter((w) => w.count > 0).map((w) => [w.week, w.count])),
    ).toEqual(Object.fromEntries(byMatcher.counts));
  });

  it("leaves phrases, NEAR and CJK to the matcher", () => {
    for (const definition of ['"data privacy"', "huawei NEAR/3 ban", "字节跳动", "anti-china"]) {
      const parsed = parseQuery(definition);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(toExactTsQuery(parsed.ast)).toBeNull();
    }
  });
});
