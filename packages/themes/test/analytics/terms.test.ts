// Emerging terms against the real database: two weeks of background articles drawn from the
// same vocabulary, with phrases injected into the current week only.
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { emergingTerms } from "../../src/analytics/index.ts";
import { ENGLISH_STOPWORDS } from "../../src/analytics/stopwords-en.ts";
import {
  type ArticleSpec,
  insertArticles,
  lcg,
  makeTheme,
  prisma,
  recount,
  type TestTheme,
} from "./fixtures.ts";

const VOCABULARY = [
  "government",
  "minister",
  "budget",
  "market",
  "energy",
  "election",
  "council",
  "police",
  "court",
  "health",
  "school",
  "housing",
  "transport",
  "weather",
  "football",
  "climate",
  "industry",
  "workers",
  "prices",
  "rates",
  "bank",
  "city",
  "region",
  "report",
  "company",
  "shares",
  "investors",
  "farmers",
];
const FILLER = ["the", "and", "of", "said", "to", "in", "a", "was", "with", "for", "on", "that"];
const STOP = new Set(ENGLISH_STOPWORDS);
const current = { from: "2024-05-08", to: "2024-05-14" };

let theme: TestTheme;
beforeEach(async () => {
  await truncateAllTables(prisma);
  theme = await makeTheme("economy");
});
afterAll(() => prisma.$disconnect());

/** A background article: ~40 words, content words and fillers, with a number or two. */
function background(random: () => number, day: string, hour: number, extra = ""): ArticleSpec {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? "";
  const words = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? pick(FILLER) : pick(VOCABULARY)));
  return {
    publishedAt: `${day}T${String(hour).padStart(2, "0")}:00:00Z`,
    title: `${pick(VOCABULARY)} ${pick(FILLER)} ${pick(VOCABULARY)}`,
    text: `${words.join(" ")}. In 2024 about 1,000 people were counted. ${extra}`,
  };
}

/** 30 background articles per week (previous: 1–7 May, current: 8–14 May), plus extras. */
async function corpus(
  extra: (week: "previous" | "current", i: number) => Partial<ArticleSpec> & { add?: string },
) {
  const random = lcg(3);
  const specs: ArticleSpec[] = [];
  for (const week of ["previous", "current"] as const) {
    for (let i = 0; i < 30; i++) {
      const day = `2024-05-${String((week === "previous" ? 1 : 8) + (i % 7)).padStart(2, "0")}`;
      const { add, ...rest } = extra(week, i);
      specs.push({ ...background(random, day, 1 + (i % 20), add ?? ""), ...rest });
    }
  }
  await insertArticles(specs);
  await recount();
}

describe("emergingTerms", () => {
  it("ranks a phrase that appears only in the current period first, and never lists stopwords", async () => {
    await corpus((week, i) => (week === "current" && i < 8 ? { add: "The Zorblax Accord was signed." } : {}));
    const result = await emergingTerms(prisma, current);
    expect(result.current).toEqual({ ...current, articles: 30, read: 30, capped: false });
    expect(result.previous).toEqual({
      from: "2024-05-01",
      to: "2024-05-07",
      articles: 30,
      read: 30,
      capped: false,
    });
    expect(result.terms[0]).toMatchObject({ term: "zorblax accord", words: 2, current: 8, previous: 0 });
    expect(result.terms[0]?.currentRate).toBeCloseTo(8 / 30, 12);
    // Its words only ever occur inside the phrase, so they are not listed again.
    expect(result.terms.map((t) => t.term)).not.toContain("zorblax");
    expect(result.terms.map((t) => t.term)).not.toContain("accord");
    const loose = await emergingTerms(prisma, { ...current, minScore: 0, minCount: 1, limit: 200 });
    expect(loose.terms.length).toBeGreaterThan(10);
    for (const { term } of loose.terms) {
      const words = term.split(" ");
      expect(STOP.has(words[0] ?? "") || STOP.has(words.at(-1) ?? "")).toBe(false);
      expect(/^\d+$/.test(words[0] ?? "") || /^\d+$/.test(words.at(-1) ?? "")).toBe(false);
    }
    for (const t of loose.terms) expect(t.currentRate).toBeGreaterThan(t.previousRate);
  });

  it("counts a term once per article, however often one article repeats it", async () => {
    await corpus((week, i) => {
      if (week !== "current") return {};
      if (i === 0) return { add: Array.from({ length: 300 }, () => "Quux.").join(" ") };
      return i < 4 ? { add: "Glimmer." } : {};
    });
    const result = await emergingTerms(prisma, { ...current, minScore: 0, minCount: 1, limit: 200 });
    const terms = new Map(result.terms.map((t) => [t.term, t]));
    expect(terms.get("quux")?.current).toBe(1);
    expect(terms.get("glimmer")?.current).toBe(3);
    expect(result.terms.findIndex((t) => t.term === "glimmer")).toBeLessThan(
      result.terms.findIndex((t) => t.term === "quux"),
    );
    // With the default minimum of 3 articles, a one-article term is never reported.
    const defaults = await emergingTerms(prisma, current);
    expect(defaults.terms.map((t) => t.term)).not.toContain("quux");
  });

  it("looks only at a theme's articles when asked to", async () => {
    await corpus((week, i) => {
      const hit = i % 3 === 0 ? { hits: [{ theme }] } : {};
      if (week === "current" && i % 3 === 0 && i < 24) return { ...hit, add: "Tariff truce announced." };
      if (week === "current" && i % 3 === 1) return { add: "Marathon results." };
      return hit;
    });
    const all = await emergingTerms(prisma, current);
    expect(all.terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(["tariff truce", "marathon results"]),
    );
    const themed = await emergingTerms(prisma, { ...current, themeId: theme.themeId });
    expect(themed.theme?.versionId).toBe(theme.versionId);
    expect(themed.current.articles).toBe(10);
    expect(themed.previous.articles).toBe(10);
    expect(themed.terms[0]).toMatchObject({ term: "tariff truce", current: 8, previous: 0 });
    expect(themed.terms.map((t) => t.term)).not.toContain("marathon results");
  });

  it("reads only the newest articles of a busy period, and says so", async () => {
    // The phrase is only in the 20 oldest current articles (8–11 May); the newest 10 are 12–13 May.
    await corpus((week, i) =>
      week === "current"
        ? {
            publishedAt: `2024-05-${String(8 + Math.floor(i / 5)).padStart(2, "0")}T12:00:00Z`,
            add: i < 20 ? "Zorblax accord." : "",
          }
        : {},
    );
    const capped = await emergingTerms(prisma, { ...current, maxArticles: 10 });
    expect(capped.current).toMatchObject({ articles: 30, read: 10, capped: true });
    expect(capped.terms.map((t) => t.term)).not.toContain("zorblax accord");
    const full = await emergingTerms(prisma, current);
    expect(full.terms[0]?.term).toBe("zorblax accord");
  });

  it("reports nothing as emerging without a previous period to compare with", async () => {
    await insertArticles(
      Array.from({ length: 10 }, (_, i) => ({
        publishedAt: `2024-05-09T0${i}:00:00Z`,
        text: "Zorblax accord.",
      })),
    );
    await recount();
    const result = await emergingTerms(prisma, current);
    expect(result.previous.read).toBe(0);
    expect(result.terms).toEqual([]);
  });

  it("rejects an unknown theme and invalid ranges", async () => {
    await expect(emergingTerms(prisma, { ...current, themeId: crypto.randomUUID() })).rejects.toThrow(
      /No theme/,
    );
    await expect(emergingTerms(prisma, { from: "2024-05-14", to: "2024-05-08" })).rejects.toThrow();
  });
});
