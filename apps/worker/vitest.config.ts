import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";

export default tidemarkVitestConfig({
  packageName: "@tidemark/worker",
  database: true,
  // Tests start real worker processes and wait on conditions; on a loaded 2-core machine a worker
  // alone can take a minute to start, so the bounds are generous (they cost nothing when fast).
  testTimeoutMs: 180_000,
  hookTimeoutMs: 180_000,
});
