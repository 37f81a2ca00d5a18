import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { articleHtml } from "./helpers.ts";

const FETCHED = new Date("2024-06-01T12:00:00Z");

function published(head: string, url: string, extraBody = ""): string | null {
  return extractArticle(articleHtml({ head, afterBody: extraBody }), { url, fetchedAt: FETCHED }).publishedAt;
}

const jsonLd = (value: string): string =>
  `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${value}"}</script>`;

describe("UTC timestamps on the publisher's day", () => {
  it("re-expresses a UTC timestamp in the offset the page's other timestamps carry", () => {
    const schedule = `<script type="application/json">{"shows":[
      {"date":"Wed, 13 Mar 2024 23:00:00 -0400"},{"date":"2024-03-14T06:00:00-04:00"}]}</script>`;
    expect(published(jsonLd("2024-03-14T02:40:00Z"), "https://tides.example.com/story/1", schedule)).toBe(
      "2024-03-13T22:40:00-04:00",
    );
  });

  it("uses the one IANA zone the page names", () => {
    const config = `<script>window.cfg = {"edition":"east","tz":"America/New_York"};</script>`;
    expect(published(jsonLd("2024-01-10T03:15:00Z"), "https://tides.example.com/story/2", config)).toBe(
      "2024-01-09T22:15:00-05:00",
    );
  });

  it("gives the bare local day when every zone of the page's country agrees on it", () => {
    expect(published(jsonLd("2024-03-14T01:10:00Z"), "https://www.harbour.ca/story/3")).toBe("2024-03-13");
  });

  it("keeps the UTC day when the country's zones disagree or all share it", () => {
    // US zones at 05:00 UTC run from 19:00 the day before (Hawaii) to 01:00 (Eastern).
    const lang = `<meta http-equiv="content-language" content="en-US">`;
    expect(published(lang + jsonLd("2024-03-14T05:00:00Z"), "https://tides.example.org/story/4")).toBe(
      "2024-03-14T05:00:00Z",
    );
    // 07:25 UTC is afternoon of the same day everywhere in Australia.
    expect(published(jsonLd("2024-03-14T07:25:00Z"), "https://www.harbour.com.au/story/5")).toBe(
      "2024-03-14T07:25:00Z",
    );
  });

  it("keeps the UTC day when the page prints it as a bare day, and at exactly midnight", () => {
    expect(published(jsonLd("2024-03-14T01:10:00Z"), "https://www.harbour.ca/2024/03/14/story/")).toBe(
      "2024-03-14T01:10:00Z",
    );
    expect(published(jsonLd("2024-03-14T00:00:00Z"), "https://www.harbour.ca/story/6")).toBe(
      "2024-03-14T00:00:00Z",
    );
  });

  it("keeps the UTC day when the page's own timestamps are in UTC", () => {
    const times = `<script type="application/json">{"a":"2024-03-10T10:00:00+00:00","b":"2024-03-11T09:00:00+00:00"}</script>`;
    expect(published(jsonLd("2024-03-14T01:10:00Z"), "https://www.harbour.ca/story/7", times)).toBe(
      "2024-03-14T01:10:00Z",
    );
  });
});
