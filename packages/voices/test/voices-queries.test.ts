// The Voices views: who is quoted most under theme / outlet / period / kind filters, by outlet,
// over time, and the quotes behind a voice (paged), each with its article.
import { truncateAllTables } from "@tidemark/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  loadEntityMatchers,
  storeArticleQuotes,
  topVoices,
  voiceOutlets,
  voiceQuotes,
  voiceSeries,
  voicesFilterSchema,
} from "../src/index.ts";
import { addArticle, addTheme, prisma } from "./fixtures.ts";

let trade: string;
let bytedance: string;
let a: string;
let b: string;

beforeAll(async () => {
  await truncateAllTables(prisma);
  trade = await addTheme(prisma, { name: "Trade", kind: "theme", definition: "tariff OR tariffs" });
  bytedance = await addTheme(prisma, { name: "ByteDance", kind: "organisation", definition: "ByteDance" });
  a = (await prisma.source.create({ data: { key: "a.example", domain: "a.example" } })).id;
  b = (await prisma.source.create({ data: { key: "b.example", domain: "b.example" } })).id;
  const articles = [
    {
      source: "a.example",
      publishedAt: "2026-03-02T09:00:00Z",
      text: "The tariffs bite.\n\n“We will comply,” a ByteDance spokesperson said.\n\n“Tariffs hurt farmers,” said Senator Jane Doe.",
    },
    {
      source: "b.example",
      publishedAt: "2026-03-09T09:00:00Z",
      text: "New tariffs were announced.\n\n“We disagree with this decision,” ByteDance said.",
    },
    {
      source: "b.example",
      publishedAt: "2026-03-10T09:00:00Z",
      text: "A story about weather.\n\n“It will rain all week long,” said Jane Doe.",
    },
  ];
  const matchers = await loadEntityMatchers(prisma);
  for (const x of articles) await storeArticleQuotes(prisma, await addArticle(prisma, x), matchers);
});

const filter = (raw: Record<string, string>) => voicesFilterSchema.parse(raw);

describe("Voices queries", () => {
  it("ranks voices, rolling a company's spokesperson up with the company", async () => {
    const { voices, hasMore } = await topVoices(prisma, filter({}), { limit: 10, offset: 0 });
    expect(hasMore).toBe(false);
    expect(voices.map((v) => [v.label, v.quotes, v.articles, v.outlets])).toEqual([
      ["ByteDance", 2, 2, 2],
      ["Jane Doe", 2, 2, 2],
    ]);
    const company = voices[0];
    expect(company?.entityThemeId).toBe(bytedance);
    expect(company?.names.sort()).toEqual(["ByteDance", "ByteDance spokesperson"]);
    // The evidence is the latest quote and its article.
    expect(company?.latest.quote).toBe("“We disagree with this decision,”");
    expect(company?.latest.outlet).toBe("b.example");
  });

  it("filters by theme, outlet, period and speaker kind", async () => {
    const labels = async (raw: Record<string, string>) =>
      (await topVoices(prisma, filter(raw), { limit: 10, offset: 0 })).voices.map(
        (v) => `${v.label}:${v.quotes}`,
      );
    expect(await labels({ themeId: trade })).toEqual(["ByteDance:2", "Jane Doe:1"]);
    expect(await labels({ sourceId: a })).toEqual(["ByteDance:1", "Jane Doe:1"]);
    expect(await labels({ from: "2026-03-09", to: "2026-03-09" })).toEqual(["ByteDance:1"]);
    expect(await labels({ kind: "person" })).toEqual(["Jane Doe:2"]);
    expect(await labels({ kind: "unnamed" })).toEqual(["ByteDance:1"]);
    expect(() => filter({ from: "2026-03-10", to: "2026-03-01" })).toThrow(/from must not be after to/);
  });

  it("breaks voices down by outlet and by week, and pages through their quotes", async () => {
    const keys = ["name:jane doe", `entity:${bytedance}`];
    const outlets = await voiceOutlets(prisma, filter({}), keys);
    expect(outlets.map((o) => [o.voiceKey, o.outlet, o.quotes])).toEqual([
      [`entity:${bytedance}`, "a.example", 1],
      [`entity:${bytedance}`, "b.example", 1],
      ["name:jane doe", "a.example", 1],
      ["name:jane doe", "b.example", 1],
    ]);
    expect(outlets.find((o) => o.outlet === "b.example")?.sourceId).toBe(b);
    const weeks = await voiceSeries(prisma, filter({}), keys, "week");
    expect(weeks.map((p) => [p.bucket, p.voiceKey, p.quotes])).toEqual([
      ["2026-03-02", `entity:${bytedance}`, 1],
      ["2026-03-02", "name:jane doe", 1],
      ["2026-03-09", `entity:${bytedance}`, 1],
      ["2026-03-09", "name:jane doe", 1],
    ]);
    const first = await voiceQuotes(prisma, filter({}), { limit: 2 });
    expect(first.quotes.map((q) => q.text)).toEqual([
      "“It will rain all week long,”",
      "“We disagree with this decision,”",
    ]);
    expect(first.next).not.toBeNull();
    const second = await voiceQuotes(prisma, filter({}), { limit: 2, after: first.next ?? "" });
    expect(second.quotes).toHaveLength(2);
    expect(second.next).toBeNull();
    const jane = await voiceQuotes(prisma, filter({}), { voiceKey: "name:jane doe", limit: 10 });
    expect(jane.quotes.map((q) => q.speakerRole)).toEqual([null, "Senator"]);
  });
});
