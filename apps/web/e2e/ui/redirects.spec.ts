// After logging in, `next` only ever leads to a page of this site: backslash, tab and
// protocol-relative tricks land on the overview instead of another host.
import { expect, test } from "@playwright/test";
import { E2E_TARGETS } from "../support/targets";

const cases: [string, string][] = [
  ["/%5Cevil.example/x", "/"],
  ["/%09/evil.example", "/"],
  ["//evil.example/x", "/"],
  ["https://evil.example/", "/"],
  ["/articles?q=privacy", "/articles?q=privacy"],
];

for (const [next, expected] of cases) {
  test(`next=${next} leads to ${expected}`, async ({ page }) => {
    await page.goto(`/login?next=${next}`);
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill(E2E_TARGETS.adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
    const url = new URL(page.url());
    expect(url.origin).toBe(process.env.E2E_BASE_URL);
    expect(`${url.pathname}${url.search}`).toBe(expected);
  });
}
