// Full-page screenshots of each page, at desktop width, for review (test-artifacts/screenshots).
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { SCREENSHOT_DIR } from "./targets";

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = fileURLToPath(SCREENSHOT_DIR);
  await mkdir(dir, { recursive: true });
  // Let charts finish their first layout before the capture.
  await page.waitForLoadState("load");
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${dir}${name}.png`, fullPage: true });
}
