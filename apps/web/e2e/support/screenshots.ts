// Full-page screenshots of each page for review (test-artifacts/screenshots): at desktop width by
// default, or at the widths given (`<name>-<width>.png`), checking at each width that nothing is
// wider than the viewport (tables scroll inside their cards, the page itself never does).
// E2E_SCREENSHOTS=0 skips the captures themselves (they assert nothing); the width checks always run.
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expectNoHorizontalOverflow } from "./accessibility";
import { SCREENSHOT_DIR } from "./targets";

/** Desktop and phone widths every reviewed page is captured at. */
export const REVIEW_WIDTHS = [1440, 390] as const;

const CAPTURE = process.env.E2E_SCREENSHOTS !== "0";

async function capture(page: Page, file: string): Promise<void> {
  if (!CAPTURE) return;
  const dir = fileURLToPath(SCREENSHOT_DIR);
  await mkdir(dir, { recursive: true });
  // Let charts finish their first layout before the capture.
  await page.waitForLoadState("load");
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${dir}${file}.png`, fullPage: true });
}

export async function screenshot(
  page: Page,
  name: string,
  options: { widths?: readonly number[] } = {},
): Promise<void> {
  if (!options.widths) {
    await capture(page, name);
    return;
  }
  const original = page.viewportSize();
  try {
    for (const width of options.widths) {
      await page.setViewportSize({ width, height: original?.height ?? 900 });
      await capture(page, `${name}-${width}`);
      await expectNoHorizontalOverflow(page, `${name} at ${width} px`);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
}
