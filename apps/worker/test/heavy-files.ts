// The worker's longest test files, run by their own vitest config (and turbo task `test:heavy`)
// with their own database and Redis prefix, so they run beside the others instead of after them.
export const HEAVY_TEST_FILES = [
  "test/huffpost-series.test.ts",
  "test/fairness.test.ts",
  "test/grouping.test.ts",
  "test/quotes.test.ts",
];
