import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../src/sources/shared/parse-date.ts";

describe("parseFeedDate", () => {
  it.each([
    ["Tue, 14 May 2024 09:30:00 GMT", "2024-05-14T09:30:00.000Z"],
    ["Tue, 14 May 2024 09:30:00 +0200", "2024-05-14T07:30:00.000Z"],
    ["14 May 2024 09:30 EDT", "2024-05-14T13:30:00.000Z"],
    ["Tue, 4 Jun 24 09:30:00 PST", "2024-06-04T17:30:00.000Z"],
    ["Thursday, 02 January 2020 10:00:00 -05:00", "2020-01-02T15:00:00.000Z"],
    ["02 Jan 2020", "2020-01-02T00:00:00.000Z"],
  ])("reads RFC 822 %s", (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each([
    ["2024-05-14T09:30:00Z", "2024-05-14T09:30:00.000Z"],
    ["2024-05-14T09:30:00.250+05:30", "2024-05-14T04:00:00.250Z"],
    ["2024-05-14T09:30+0100", "2024-05-14T08:30:00.000Z"],
    ["2024-05-14 09:30:00", "2024-05-14T09:30:00.000Z"],
    ["2024-05-14", "2024-05-14T00:00:00.000Z"],
    ["2024-05", "2024-05-01T00:00:00.000Z"],
    ["1851-09-18", "1851-09-18T00:00:00.000Z"],
  ])("reads ISO 8601 / W3C %s", (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each([
    "",
    "   ",
    "yesterday",
    "1",
    "Item 5",
    "2024-02-30",
    "2024-13-01",
    "2024-05-14T25:00:00Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31",
    "31 Foo 2024",
    "Tue, 14 May 2024 09:30:00 GMT trailing words",
  ])("returns null for %j", (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });

  it("returns null for null and undefined", () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});

describe("one date parser for feeds, sitemaps and pages", () => {
  it("reads a feed's European zone name on a page too", async () => {
    const { extractArticle } = await import("../../src/extract/index.ts");
    const html = `<html><head><meta name="date" content="Tue, 14 May 2024 09:30:00 CEST"></head><body><h1>x</h1></body></html>`;
    const article = extractArticle(html, { fetchedAt: new Date("2024-06-01T00:00:00Z") });
    expect(article.publishedAt).toBe("2024-05-14T09:30:00+02:00");
    expect(parseFeedDate("Tue, 14 May 2024 09:30:00 CEST")).toBe("2024-05-14T07:30:00.000Z");
  });

  it("reads a full weekday and a two-digit year on a page as in a feed", async () => {
    const { extractArticle } = await import("../../src/extract/index.ts");
    const html = `<html><head><meta name="date" content="Thursday, 02 Jan 20 10:00:00 -0500"></head><body><h1>x</h1></body></html>`;
    const article = extractArticle(html, { fetchedAt: new Date("2024-06-01T00:00:00Z") });
    expect(article.publishedAt).toBe("2020-01-02T10:00:00-05:00");
    expect(parseFeedDate("Thursday, 02 Jan 20 10:00:00 -0500")).toBe("2020-01-02T15:00:00.000Z");
  });
});
