// Dunning's log-likelihood ratio G² (Dunning 1993, "Accurate methods for the statistics of
// surprise and coincidence") for a term's document frequency in two periods:
//
//                 with term    without
//   current           a         c − a
//   previous          b         d − b
//
// G² = 2 Σ O ln(O / E) over the four cells, E from the margins. It is χ²-distributed with one
// degree of freedom under "same rate in both periods", and unlike Pearson's χ² it stays reliable
// for the rare terms that matter most here (new names, new phrases). 3.84 ≈ p 0.05,
// 10.83 ≈ p 0.001, 15.13 ≈ p 0.0001.

function cell(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0; // 0 · ln 0 = 0
}

/** G² for a of c documents (current) against b of d documents (previous). */
export function logLikelihoodG2(a: number, c: number, b: number, d: number): number {
  const total = c + d;
  const withTerm = a + b;
  if (total === 0 || withTerm === 0 || withTerm === total || c === 0 || d === 0) return 0;
  const without = total - withTerm;
  const g2 =
    2 *
    (cell(a, (c * withTerm) / total) +
      cell(c - a, (c * without) / total) +
      cell(b, (d * withTerm) / total) +
      cell(d - b, (d * without) / total));
  return Math.max(0, g2); // rounding can leave a tiny negative for identical rates
}
