import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";

export default tidemarkVitestConfig({ packageName: "@tidemark/metrics", database: true });
