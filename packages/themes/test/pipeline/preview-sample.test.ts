// A preview over a corpus larger than its sample target estimates from the fixed random sample:
// the sample's counts must be exactly a recount of the articles in its buckets, the estimate must
// be that count scaled by the sampled fraction, and the true count must lie within its margin.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previewDefinition, SAMPLE_BUCKETS, scaleUp } from "../../src/preview/index.ts";
import { compileQuery, parseQuery, prepareDocument } from "../../src/query/index.ts";
import { prisma } from "./fixtures.ts";

const ARTICLES = 6_000;

beforeAll(async () => {
  await truncateAllTables(prisma);
  // Counted articles built in one statement: every third mentions alpha, every fifth has the
  // phrase "beta gamma", every seventh has beta and gamma apart (a prefilter candidate that the
  // matcher rejects for the phrase).
  await prisma.$executeRaw`
    INSERT INTO articles (id, submitted_url, normalized_url, status, title, text, published_at,
                          published_at_source, counted_hour, counted_basis, updated_at)
    SELECT gen_random_uuid(), 'https://example.com/s/' || i, 'https://example.com/s/' || i, 'extracted',
           'Story ' || i,
           concat_ws(' ', 'Some words about the day.',
                     CASE WHEN i % 3 = 0 THEN 'Alpha rises.' END,
                     CASE WHEN i % 5 = 0 THEN 'The beta gamma report.' END,
                     CASE WHEN i % 7 = 0 THEN 'Beta first, and later gamma.' END),
           timestamptz '2024-01-01' + i * interval '1 hour', 'meta',
           date_trunc('hour', timestamptz '2024-01-01' + i * interval '1 hour'), 'published', now()
    FROM generate_series(1, ${ARTICLES}) AS i`;
  await prisma.$executeRaw`ANALYZE articles`;
}, 120_000);
afterAll(() => prisma.$disconnect());

async function recountInSample(definition: string, maxBucket: number) {
  const parsed = parseQuery(definition);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const matcher = compileQuery(parsed.ast);
  const rows = await prisma.$queryRaw<{ title: string; text: string; bucket: number }[]>`
    SELECT title, text, sample_bucket AS bucket FROM articles`;
  const inSample = rows.filter((r) => r.bucket < maxBucket);
  const matches = (list: typeof rows) =>
    list.filter((r) => matcher.test(prepareDocument({ title: r.title, text: r.text }))).length;
  return { sampled: inSample.length, sampleMatches: matches(inSample), exact: matches(rows) };
}

describe("preview on a fixed random sample", () => {
  it.each([
    ["alpha", "database"],
    ['"beta gamma"', "prefilter"],
  ])("estimates %s from the sample with a margin that covers the exact count", async (definition, method) => {
    const result = await previewDefinition(prisma, { definition, sampleTarget: 1_000, budgetMs: 60_000 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.method).toBe(method);
    expect(result.estimate).not.toBeNull();
    const estimate = result.estimate;
    if (!estimate) return;
    const maxBucket = Math.round(estimate.fraction * SAMPLE_BUCKETS);
    // About 1,000 of 6,000 articles read, not all of them.
    expect(estimate.sampled).toBeGreaterThan(500);
    expect(estimate.sampled).toBeLessThan(2_000);
    const recount = await recountInSample(definition, maxBucket);
    expect(estimate.sampled).toBe(recount.sampled);
    expect(estimate.sampleMatches).toBe(recount.sampleMatches);
    expect(result.matched).toBe(scaleUp(recount.sampleMatches, estimate.fraction).estimate);
    expect(estimate.margin).toBeGreaterThan(0);
    // Four margins (about 8 standard errors): a wrong scale or a biased sample fails this.
    expect(Math.abs(result.matched - recount.exact)).toBeLessThanOrEqual(4 * estimate.margin);
    // The same articles every time: a fixed sample, not a fresh draw per keystroke.
    const again = await previewDefinition(prisma, { definition, sampleTarget: 1_000, budgetMs: 60_000 });
    expect(again.ok && again.matched).toBe(result.matched);
  });

  it("counts exactly when the corpus is within the sample target", async () => {
    const result = await previewDefinition(prisma, { definition: "alpha", sampleTarget: 10_000 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.estimate).toBeNull();
    expect(result.matched).toBe(ARTICLES / 3);
    expect(result.corpus).toBe(ARTICLES);
  });
});
