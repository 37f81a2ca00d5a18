// Stories, voices and copies in the dashboard: one wire text republished by three outlets (with a
// quote) becomes one text family in one story; the stories list and the story page show its
// outlets and copies, the article page lists the copies, and Voices shows who was quoted. Every
// page is captured at 1440 and 390 px and must not be wider than the viewport.
import { expect, test } from "@playwright/test";
import { importDocuments } from "../support/import-documents";
import { REVIEW_WIDTHS, screenshot } from "../support/screenshots";
import { login } from "../support/session";

test.describe.configure({ mode: "serial" });

const OUTLETS = ["harbour-times.example", "coast-post.example", "bay-herald.example"];
const WIRE = [
  "The port authority of Kestrelhaven approved a plan on Monday to dredge the northern channel, a",
  "project that would let larger container ships dock at the harbour for the first time since the",
  "breakwater was rebuilt. “We will not let the harbour silt up while our neighbours expand,” said",
  "Mayor Anna Berg, who chairs the authority's board. Fishing cooperatives warned that the dredging",
  "would disturb spawning grounds in the estuary and asked for an independent study before work",
  "begins. “Nobody asked the people who actually work on the water,” said Lars Ek, a spokesman for",
  "the Kestrelhaven fishers' association. The authority said the first phase would cost 48 million",
  "crowns and take two years, and that compensation for lost catches would be negotiated with the",
  "cooperatives before the spring season.",
].join(" ");

test("a syndicated story: the stories list, the story page, voices and the article's copies", async ({
  page,
}) => {
  test.setTimeout(240_000); // an import, the worker's grouping and eight captures on a loaded machine
  const csrf = await login(page.request);
  const docs = OUTLETS.map((site, i) => ({
    title: [
      "Kestrelhaven approves channel dredging",
      "Port to dredge northern channel",
      "Dredging plan for Kestrelhaven harbour",
    ][i],
    text: `${site} — Subscribe for local news.\n${WIRE}\nRead more from ${site}.`,
    date: `2026-11-0${i + 2}`,
    site,
  }));
  await importDocuments(page.request, csrf, {
    name: "wire.jsonl",
    jsonl: `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`,
  });

  // The stories list: one story told by three outlets (filtered to stories of 3+ outlets).
  await page.goto("/stories?minOutlets=3");
  const row = page.getByRole("row").filter({ hasText: /Kestrelhaven|dredg/i });
  await expect(row).toHaveCount(1);
  await screenshot(page, "stories-list", { widths: REVIEW_WIDTHS });

  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/stories\/[0-9a-f-]{36}/);
  for (const site of OUTLETS) await expect(page.getByText(site).first()).toBeVisible();
  await screenshot(page, "story-page", { widths: REVIEW_WIDTHS });

  // The article page lists the three copies, the earliest marked first.
  await page.goto(`/articles?q=${encodeURIComponent("Kestrelhaven approves channel dredging")}`);
  await page.getByRole("link", { name: "Kestrelhaven approves channel dredging" }).click();
  const copies = page.getByRole("list", { name: "Copies of this text" });
  await expect(copies.getByRole("listitem")).toHaveCount(3);
  await expect(copies.getByRole("listitem").first()).toContainText("first");
  await expect(page.getByText("(3 outlets, 3 articles)")).toBeVisible();
  await screenshot(page, "article-copies", { widths: REVIEW_WIDTHS });

  // Voices: both speakers, each quoted in the three copies.
  await page.goto("/voices");
  await expect(page.getByRole("row").filter({ hasText: "Anna Berg" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Lars Ek" })).toBeVisible();
  await screenshot(page, "voices", { widths: REVIEW_WIDTHS });
  // On a phone the voices are cards, the quote readable without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(page.getByRole("list", { name: "Voices" })).toContainText("Nobody asked the people");
  await expect(page.getByRole("table")).toBeHidden();
});
