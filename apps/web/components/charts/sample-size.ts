// The sample-size rule of the charts (docs/dashboard.md, "Reading the numbers"): a point whose
// denominator — all counted articles in that bucket (of that collection, or undated ones for the
// undated fallback) — is under SMALL_SAMPLE is drawn hollow and faded, and its tooltip says so.
// With fewer than ten articles a single article moves the share by more than ten points.
export const SMALL_SAMPLE = 10;

export function isSmallSample(total: number): boolean {
  return total > 0 && total < SMALL_SAMPLE;
}
