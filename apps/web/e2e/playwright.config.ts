// End-to-end tests against the built app (`next build` first, see the test:e2e script) and the
// real worker, in Debian's Chromium (/usr/bin/chromium; no browser is ever downloaded).
// Three projects, Formbricks style: `first-run` (the overview on an empty database) runs first,
// then `api` (HTTP only), then `ui` (the browser flow).
import { defineConfig } from "@playwright/test";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: ".",
  globalSetup: "./global-setup.ts",
  outputDir: "../test-artifacts/e2e-results",
  // One shared database and worker: tests run in order, one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    browserName: "chromium",
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // On the fresh database, before anything else adds data: what a first run shows.
    { name: "first-run", testMatch: /first-run\/.*\.spec\.ts$/ },
    { name: "api", testMatch: /api\/.*\.spec\.ts$/, dependencies: ["first-run"] },
    { name: "ui", testMatch: /ui\/.*\.spec\.ts$/, dependencies: ["api"] },
  ],
});
