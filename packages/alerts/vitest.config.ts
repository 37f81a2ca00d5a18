import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";

export default tidemarkVitestConfig({ packageName: "@tidemark/alerts", database: true });
