// The statistics under spikes and emerging terms, against exact arithmetic done another way:
// the hypergeometric tail with BigInt binomial coefficients, G² cell by cell for a small table.
import { describe, expect, it } from "vitest";
import { fisherUpperLogP, logGamma, logUpperTail } from "../../src/analytics/hypergeometric.ts";
import { logLikelihoodG2 } from "../../src/analytics/log-likelihood.ts";

function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let out = 1n;
  for (let i = 1; i <= k; i++) out = (out * BigInt(n - k + i)) / BigInt(i);
  return out;
}

/** P(X ≥ x) exactly, as a ratio of big integers, returned as log10. */
function exactLog10Tail(x: number, population: number, successes: number, draws: number): number {
  let numerator = 0n;
  for (let k = x; k <= Math.min(draws, successes); k++) {
    numerator += choose(successes, k) * choose(population - successes, draws - k);
  }
  const denominator = choose(population, draws);
  if (numerator === 0n) return Number.NEGATIVE_INFINITY;
  // log10 of a big ratio: scale to keep 15 significant digits whatever the magnitudes.
  const shift = denominator.toString().length - numerator.toString().length + 20;
  const scaled = (numerator * 10n ** BigInt(Math.max(0, shift))) / denominator;
  return Math.log10(Number(scaled)) - Math.max(0, shift);
}

describe("hypergeometric tail (one-sided Fisher exact test)", () => {
  it("gives the textbook value for the lady tasting tea (3 of 4 right: p = 17/70)", () => {
    expect(Math.exp(fisherUpperLogP(3, 4, 1, 4))).toBeCloseTo(17 / 70, 12);
  });

  it("matches exact big-integer sums over many small tables", () => {
    let checked = 0;
    for (const population of [5, 17, 40, 64]) {
      for (let successes = 1; successes < population; successes += 3) {
        for (let draws = 1; draws < population; draws += 4) {
          const hi = Math.min(draws, successes);
          for (let x = 0; x <= hi; x++) {
            const exact = exactLog10Tail(x, population, successes, draws);
            const ours = logUpperTail(x, population, successes, draws) / Math.LN10;
            expect(ours).toBeCloseTo(exact, exact > -3 ? 10 : 7);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it("stays finite far in the tail, where the p-value itself underflows", () => {
    // 900 of 1,000 articles hit in one bucket against 10 of 10,000 before.
    const log10p = fisherUpperLogP(900, 1_000, 10, 10_000) / Math.LN10;
    expect(Number.isFinite(log10p)).toBe(true);
    expect(log10p).toBeLessThan(-300);
    expect(Math.exp(fisherUpperLogP(900, 1_000, 10, 10_000))).toBe(0);
  });

  it("is 1 when nothing was observed, and logΓ matches factorials", () => {
    expect(fisherUpperLogP(0, 50, 7, 100)).toBe(0);
    expect(Math.exp(logGamma(11))).toBeCloseTo(3_628_800, 3);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});

describe("Dunning log-likelihood G²", () => {
  it("equals the four-cell sum for a small table", () => {
    // 10 of 100 articles now, 0 of 100 before: expected 5 / 95 in each row.
    const byHand = 2 * (10 * Math.log(10 / 5) + 90 * Math.log(90 / 95) + 100 * Math.log(100 / 95));
    expect(logLikelihoodG2(10, 100, 0, 100)).toBeCloseTo(byHand, 10);
    expect(byHand).toBeCloseTo(14.39, 2);
  });

  it("is zero for equal rates, symmetric between periods, and grows with the gap", () => {
    expect(logLikelihoodG2(10, 100, 20, 200)).toBeCloseTo(0, 10);
    expect(logLikelihoodG2(30, 100, 10, 300)).toBeCloseTo(logLikelihoodG2(10, 300, 30, 100), 10);
    expect(logLikelihoodG2(30, 100, 10, 100)).toBeGreaterThan(logLikelihoodG2(20, 100, 10, 100));
  });

  it("is zero when a period is empty", () => {
    expect(logLikelihoodG2(5, 10, 0, 0)).toBe(0);
  });
});
