// The worker's heavy test files (test/heavy-files.ts), with their own database and Redis prefix
// so turbo can run them at the same time as the rest (`pnpm --filter @tidemark/worker test:heavy`).
import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";
import { HEAVY_TEST_FILES } from "./test/heavy-files.ts";

export default tidemarkVitestConfig({
  packageName: "@tidemark/worker-heavy",
  database: true,
  include: HEAVY_TEST_FILES,
  testTimeoutMs: 180_000,
  hookTimeoutMs: 180_000,
});
