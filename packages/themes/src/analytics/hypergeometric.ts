// The one-sided Fisher exact test, through the hypergeometric upper tail. Spikes ask "is this
// bucket's share of coverage higher than the baseline's?", i.e. a 2×2 table
//
//                 theme hit    not hit
//   this bucket       x        n − x
//   baseline          y        m − y
//
// Conditioned on the margins, x is hypergeometric: N = n + m articles, K = x + y hits, n drawn.
// The test is exact for any counts, works for large shares (unlike a Poisson approximation) and
// needs no pseudo-counts when the baseline has no hits: its uncertainty is part of the test.

/** ln Γ(z) for z > 0 (Lanczos, g = 7, n = 9): ~15 significant digits, enough for p-values. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** ln P(X = x) for X ~ Hypergeometric(population, successes, draws). */
function logPmf(x: number, population: number, successes: number, draws: number): number {
  return (
    logChoose(successes, x) + logChoose(population - successes, draws - x) - logChoose(population, draws)
  );
}

/**
 * ln P(X ≥ x). Summed in log space from x upwards when x is above the mean (the tail is then
 * small and its terms only shrink, so the sum is stable and never underflows to 0); otherwise
 * 1 − P(X ≤ x − 1), whose terms shrink going downwards.
 */
export function logUpperTail(x: number, population: number, successes: number, draws: number): number {
  const lo = Math.max(0, draws - (population - successes));
  const hi = Math.min(draws, successes);
  if (x <= lo) return 0;
  if (x > hi) return Number.NEGATIVE_INFINITY;
  const mean = (draws * successes) / population;
  if (x > mean) {
    let term = 1;
    let sum = 1;
    for (let k = x; k < hi; k++) {
      term *= ((successes - k) * (draws - k)) / ((k + 1) * (population - successes - draws + k + 1));
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return logPmf(x, population, successes, draws) + Math.log(sum);
  }
  let term = 1;
  let sum = 1;
  for (let k = x - 1; k > lo; k--) {
    // P(X = k − 1) / P(X = k)
    term *= (k * (population - successes - draws + k)) / ((successes - k + 1) * (draws - k + 1));
    sum += term;
    if (term < sum * 1e-17) break;
  }
  const lower = Math.exp(logPmf(x - 1, population, successes, draws)) * sum;
  return Math.log1p(-Math.min(1, lower));
}

/** One-sided Fisher exact p-value that x of n exceeds y of m, as ln p. */
export function fisherUpperLogP(x: number, n: number, y: number, m: number): number {
  return logUpperTail(x, n + m, x + y, n);
}
