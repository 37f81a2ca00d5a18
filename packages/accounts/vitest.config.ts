import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";

// User accounts against a fresh, migrated Postgres database.
export default tidemarkVitestConfig({ packageName: "@tidemark/accounts", database: true });
