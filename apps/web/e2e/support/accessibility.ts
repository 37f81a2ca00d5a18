// Accessibility and phone-width checks shared by the e2e specs: axe-core with the WCAG 2 A/AA
// rules (soft assertions: every page is checked, then any violation fails the test, listed with its nodes), and "nothing wider than the
// viewport" (the page never scrolls sideways; wide tables scroll inside their own container).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is and fails with a readable list of every violation. */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  // Sections still loading (<Suspense> skeletons) would be checked half-drawn.
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.replaceAll("\n", " ") ?? ""}`)
        .join("\n"),
  );
  expect.soft(report, `axe violations on ${name} (${page.url()})`).toEqual([]);
}

/** The document is no wider than the viewport: no sideways scrolling of the whole page. */
export async function expectNoHorizontalOverflow(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  // After a viewport change, charts re-lay themselves out on their ResizeObserver's next frame:
  // wait (a bounded time) for the page to settle, then measure; a real overflow still fails below.
  await page
    .waitForFunction((w) => document.documentElement.scrollWidth <= w, width, { timeout: 5_000 })
    .catch(() => undefined);
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    // What sticks out on the right and is not clipped by a scrolling box (absolutely positioned
    // elements escape a scroller that is not their containing block), to say what to fix.
    const clippedBy = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== "visible" && p.getBoundingClientRect().right <= doc.clientWidth + 1)
          return getComputedStyle(el).position !== "absolute" || style.position !== "static";
      }
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !clippedBy(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`);
    return { scrollWidth: doc.scrollWidth, culprits };
  });
  expect
    .soft(
      overflow.scrollWidth,
      `${name} is ${overflow.scrollWidth} px wide at ${width} px: ${overflow.culprits.join(", ")}`,
    )
    .toBeLessThanOrEqual(width);
}
