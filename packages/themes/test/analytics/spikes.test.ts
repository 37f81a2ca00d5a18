// Spike detection math on hand-built series: where the spikes are, and where they must not be.
import { describe, expect, it } from "vitest";
import { baselineIndices, findSpikes, type SpikeOptions, testBucket } from "../../src/analytics/spikes.ts";
import type { SeriesUnit } from "../../src/series/params.ts";
import { daysBetween, lcg } from "./fixtures.ts";

const defaults: SpikeOptions = {
  baselineBuckets: 4,
  weekdayBaseline: true,
  minCount: 5,
  minRatio: 1.5,
  threshold: 3,
};

/** 10 weeks of days from Monday 2024-01-01; `count(i)` hits of `total(i)` articles on day i. */
function daySeries(
  count: (i: number) => number,
  total: (i: number) => number = () => 100,
  unit: SeriesUnit = "day",
) {
  const buckets = daysBetween("2024-01-01", "2024-03-10");
  return {
    params: { unit },
    buckets,
    totals: buckets.map((_, i) => total(i)),
    themes: [{ themeId: "theme", counts: buckets.map((_, i) => count(i)) }],
  };
}

function spikeBuckets(series: ReturnType<typeof daySeries>, options: Partial<SpikeOptions> = {}): string[] {
  return findSpikes(series, { ...defaults, ...options })[0]?.spikes.map((s) => s.bucket) ?? [];
}

const noisy = lcg(7);
const noise = Array.from({ length: 70 }, () => Math.floor(noisy() * 5) - 2); // −2 … +2

describe("baseline positions", () => {
  it("uses the same weekday in previous weeks for days, the previous buckets otherwise", () => {
    expect(baselineIndices(30, "day", 4, true)).toEqual([23, 16, 9, 2]);
    expect(baselineIndices(30, "day", 4, false)).toEqual([29, 28, 27, 26]);
    expect(baselineIndices(30, "week", 3, true)).toEqual([29, 28, 27]);
    expect(baselineIndices(10, "day", 4, true)).toEqual([3]); // only what exists
    expect(baselineIndices(0, "month", 6, false)).toEqual([]);
  });
});

describe("a bucket's test against its baseline", () => {
  it("pools the baseline and reports expected, ratio and share", () => {
    const series = { buckets: ["a", "b", "c"], totals: [100, 300, 50] };
    const test = testBucket(series, [10, 20, 12], 2, [0, 1]);
    expect(test).toMatchObject({
      bucket: "c",
      observed: 12,
      total: 50,
      baselineHits: 30,
      baselineTotal: 400,
    });
    expect(test?.expected).toBeCloseTo(50 * (30 / 400), 12);
    expect(test?.ratio).toBeCloseTo(12 / 3.75, 12);
    expect(test?.share).toBeCloseTo(0.24, 12);
    expect(test?.score).toBeCloseTo(-Math.log10(test?.pValue ?? 0), 9);
  });

  it("has no test without baseline articles, and a null ratio when the baseline has no hits", () => {
    expect(testBucket({ buckets: ["a", "b"], totals: [0, 10] }, [0, 5], 1, [0])).toBeNull();
    expect(testBucket({ buckets: ["a", "b"], totals: [10, 10] }, [0, 5], 1, [0])?.ratio).toBeNull();
  });
});

describe("findSpikes", () => {
  it("finds one injected burst, at the right bucket, with its numbers", () => {
    const burst = 40; // 2024-02-10
    const series = daySeries((i) => (i === burst ? 35 : 10 + (noise[i] ?? 0)));
    const spikes = findSpikes(series, defaults)[0]?.spikes ?? [];
    expect(spikes.map((s) => s.bucket)).toEqual(["2024-02-10"]);
    const spike = spikes[0];
    const baselineHits = [33, 26, 19, 12].reduce((sum, i) => sum + 10 + (noise[i] ?? 0), 0);
    expect(spike?.observed).toBe(35);
    expect(spike?.expected).toBeCloseTo((100 * baselineHits) / 400, 12);
    expect(spike?.score).toBeGreaterThan(3);
  });

  it("finds nothing in a flat, noisy series", () => {
    expect(spikeBuckets(daySeries((i) => 10 + (noise[i] ?? 0)))).toEqual([]);
  });

  it("ignores a volume surge that keeps the theme's share", () => {
    const surge = (i: number) => (i === 40 ? 5 : 1);
    const series = daySeries(
      (i) => 10 * surge(i),
      (i) => 100 * surge(i),
    );
    expect(spikeBuckets(series)).toEqual([]);
    // The same 50 hits without the surge in volume are a spike.
    expect(spikeBuckets(daySeries((i) => (i === 40 ? 50 : 10)))).toEqual(["2024-02-10"]);
  });

  it("does not flag every Monday when Mondays always carry more of the theme", () => {
    const mondays = (i: number) => i % 7 === 0; // 2024-01-01 is a Monday
    const series = daySeries((i) => (mondays(i) ? 40 : 10) + (noise[i] ?? 0));
    expect(spikeBuckets(series)).toEqual([]);
    // Compared with the previous days instead, the Mondays would all look like spikes.
    const naive = spikeBuckets(series, { weekdayBaseline: false, baselineBuckets: 14 });
    expect(naive.length).toBeGreaterThanOrEqual(8);
    expect(naive.every((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it("needs minCount hits, minRatio and the score threshold", () => {
    // 4 of 10 against 0 of 40: p = C(10,4)/C(50,4) ≈ 0.0009, significant but tiny.
    const tiny = daySeries(
      (i) => (i === 40 ? 4 : 0),
      (i) => (i === 40 ? 10 : 10),
    );
    expect(spikeBuckets(tiny, { minCount: 1 })).toEqual(["2024-02-10"]);
    expect(spikeBuckets(tiny)).toEqual([]);
    // 13,000 of 100,000 against 10%: overwhelming evidence, but only 1.3 × the baseline.
    const big = daySeries(
      (i) => (i === 40 ? 13_000 : 10_000),
      () => 100_000,
    );
    expect(spikeBuckets(big, { minRatio: 1 })).toEqual(["2024-02-10"]);
    expect(spikeBuckets(big)).toEqual([]);
    expect(
      spikeBuckets(
        daySeries((i) => (i === 40 ? 35 : 10)),
        { threshold: 1_000 },
      ),
    ).toEqual([]);
  });

  it("only tests buckets from firstBucket on; earlier ones are baseline only", () => {
    const series = daySeries((i) => (i === 20 || i === 40 ? 35 : 10));
    expect(spikeBuckets(series)).toEqual(["2024-01-21", "2024-02-10"]);
    expect(spikeBuckets(series, { firstBucket: "2024-02-01" })).toEqual(["2024-02-10"]);
  });

  it("uses consecutive buckets as the baseline for weeks", () => {
    const weeks = daySeries(
      (i) => (i === 9 ? 30 : 10 + ((noise[i] ?? 0) > 0 ? 1 : 0)),
      () => 100,
      "week",
    );
    expect(spikeBuckets(weeks, { baselineBuckets: 8 })).toEqual([weeks.buckets[9]]);
  });
});
