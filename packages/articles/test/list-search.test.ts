// Article lists as analysts filter them: a plain search shows the passage where the terms occur
// (keyword in context), several themes match all or any, and lists narrow to a source collection
// or to what one feed listed.
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type ArticleListFilters, listArticles, searchSnippets, splitMarked } from "../src/index.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

const FILLER =
  "The committee met on a rainy afternoon and discussed the schedule for the coming months at length.";

async function article(slug: string, text: string, sourceId?: string) {
  return prisma.article.create({
    data: {
      submittedUrl: `https://news.example/${slug}`,
      normalizedUrl: `https://news.example/${slug}`,
      status: "extracted",
      title: `Story ${slug}`,
      text,
      ...(sourceId ? { sourceId } : {}),
    },
  });
}

const base: ArticleListFilters = { status: [], source: [], tz: "UTC", sort: "added", limit: 50 };
const ids = async (params: Partial<ArticleListFilters>, themeVersions: (string | null)[] = []) =>
  (await listArticles(prisma, { params: { ...base, ...params }, themeVersions }, { fewMatches: true })).rows
    .map((r) => r.id)
    .sort();

describe("keyword in context", () => {
  it("marks the searched terms in the passage where they occur", async () => {
    const a = await article(
      "a",
      `${FILLER} ${FILLER} Officials said the tiktok ban would start in March. ${FILLER}`,
    );
    const b = await article("b", FILLER);
    const snippets = await searchSnippets(prisma, [a.id, b.id], "tiktok ban");
    const parts = snippets.get(a.id) ?? [];
    expect(parts.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(["tiktok", "ban"]);
    expect(parts.map((p) => p.text).join("")).toContain("Officials said the tiktok ban would start");
    // No term in the text: no passage rather than an unmarked one.
    expect(snippets.has(b.id)).toBe(false);
  });

  it("splits marked text into plain and matched parts", () => {
    expect(splitMarked("a \uE000b\uE001 c \uE000d\uE001")).toEqual([
      { text: "a ", hit: false },
      { text: "b", hit: true },
      { text: " c ", hit: false },
      { text: "d", hit: true },
    ]);
  });
});

describe("list filters", () => {
  it("matches several themes by all or by any", async () => {
    const theme = await prisma.theme.create({ data: { slug: "t", name: "T" } });
    const [v1, v2] = await Promise.all(
      [1, 2].map((version) =>
        prisma.themeVersion.create({ data: { themeId: theme.id, version, definition: "x" } }),
      ),
    );
    const a = await article("a", FILLER);
    const b = await article("b", FILLER);
    await article("c", FILLER);
    const hit = (articleId: string, themeVersionId: string) =>
      prisma.articleThemeHit.create({
        data: { articleId, themeVersionId, themeId: theme.id, score: 1, mentions: 1, evidence: [] },
      });
    await hit(a.id, v1?.id ?? "");
    await hit(a.id, v2?.id ?? "");
    await hit(b.id, v2?.id ?? "");
    const versions = [v1?.id ?? "", v2?.id ?? ""];
    expect(await ids({}, versions)).toEqual([a.id]);
    expect(await ids({ themeMatch: "any" }, versions)).toEqual([a.id, b.id].sort());
  });

  it("narrows to the outlets of a source collection and to what a feed listed", async () => {
    const [wire, local] = await Promise.all(
      ["wire.example", "local.example"].map((key) => prisma.source.create({ data: { key, domain: key } })),
    );
    const a = await article("a", FILLER, wire?.id);
    const b = await article("b", FILLER, local?.id);
    const collection = await prisma.sourceCollection.create({
      data: { slug: "wires", name: "Wires", members: { create: [{ sourceId: wire?.id ?? "" }] } },
    });
    expect(await ids({ collection: [collection.id] })).toEqual([a.id]);

    const schedule = await prisma.schedule.create({
      data: {
        name: "Feed",
        kind: "feed",
        intervalSeconds: 3600,
        params: { url: "https://local.example/rss" },
      },
    });
    const run = await prisma.scheduleRun.create({ data: { scheduleId: schedule.id, trigger: "manual" } });
    await prisma.scheduleArticle.create({
      data: { scheduleId: schedule.id, articleId: b.id, runId: run.id, isNew: true },
    });
    expect(await ids({ schedule: [schedule.id] })).toEqual([b.id]);
  });
});
