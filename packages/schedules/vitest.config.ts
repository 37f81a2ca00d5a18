import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";

export default tidemarkVitestConfig({
  packageName: "@tidemark/schedules",
  database: true,
  testTimeoutMs: 60_000,
});
