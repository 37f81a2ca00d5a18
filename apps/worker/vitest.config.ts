import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";
import { HEAVY_TEST_FILES } from "./test/heavy-files.ts";

export default tidemarkVitestConfig({
  packageName: "@tidemark/worker",
  database: true,
  // The heavy files run in `test:heavy` (vitest.heavy.config.ts), beside these.
  exclude: HEAVY_TEST_FILES,
  // Tests start real worker processes and wait on conditions; on a loaded 2-core machine a worker
  // alone can take a minute to start, so the bounds are generous (they cost nothing when fast).
  testTimeoutMs: 180_000,
  hookTimeoutMs: 180_000,
});
