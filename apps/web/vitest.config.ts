import { fileURLToPath } from "node:url";
import { tidemarkVitestConfig } from "@tidemark/testing/vitest-preset";
import { mergeConfig } from "vitest/config";

// Route-handler tests against a fresh, migrated Postgres database and a private Redis prefix.
// "@/…" resolves like the app's tsconfig paths. The e2e suite (e2e/) runs under Playwright.
export default mergeConfig(
  tidemarkVitestConfig({ packageName: "@tidemark/web", database: true, include: ["test/**/*.test.ts"] }),
  { resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } } },
);
