import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";

export default tidemarkVitestConfig({ packageName: "@tidemark/demo", database: true });
