// Where the end-to-end run lives: its own database and Redis prefix, never a real install's.
import { testTargets } from "@tidemark/testing";

export const E2E_TARGETS = (() => {
  const t = testTargets("@tidemark/web-e2e");
  return { ...t, adminPassword: "e2e-admin-password" };
})();

export const SCREENSHOT_DIR = new URL("../../test-artifacts/screenshots/", import.meta.url);
