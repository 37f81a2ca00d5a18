// Stories against real Postgres: two outlets' own reports of one event (different wording, shared
// names and numbers) are one story; an unrelated event, or the same words far apart in time, are
// not; copies follow their family; reads and the rebuild agree with incremental grouping.
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { articleGrouping, groupArticle, listStories, rebuildGrouping, storyDetail } from "../src/index.ts";
import { refreshStory } from "../src/stories/refresh-story.ts";
import { addArticle, OTHER, SAME_EVENT, syndicate, WIRE } from "./fixtures.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function storyOf(id: string): Promise<string | null> {
  return (await prisma.article.findUniqueOrThrow({ where: { id }, select: { storyId: true } })).storyId;
}

/** Unrelated background articles, so term frequencies mean something. */
async function background(n: number): Promise<void> {
  const topics = [
    "The city council approved a new budget for public transport and road repairs after a long debate.",
    "A local football club won the regional cup final with a late goal in front of a sold out stadium.",
    "Researchers published a study on sleep patterns of teenagers and the effect of screens at night.",
    "The museum opened an exhibition of early photography with prints lent by private collectors.",
  ];
  for (let i = 0; i < n; i += 1) {
    const id = await addArticle({
      title: `Local news ${i}`,
      text: `${topics[i % topics.length]} ${topics[(i + 1) % topics.length]} Item ${i}.`,
      outlet: `local${i % 3}.example`,
      at: `2024-02-${String(1 + (i % 27)).padStart(2, "0")}T12:00:00Z`,
    });
    await groupArticle(prisma, id);
  }
}

describe("stories", () => {
  it("groups different outlets' reports of one event, keeps other events apart, labels and counts", async () => {
    await background(12);
    const wire = await addArticle({
      title: "EU fines Qualcomm 242 million euros over Icera",
      text: WIRE,
      outlet: "wire.example",
      at: "2024-03-05T08:00:00Z",
    });
    const copy = await addArticle({
      title: "Qualcomm fined",
      text: syndicate(WIRE, "Post"),
      outlet: "post.example",
      at: "2024-03-05T09:00:00Z",
    });
    const own = await addArticle({
      title: "Brussels fines Qualcomm over Icera pricing",
      text: SAME_EVENT,
      outlet: "herald.example",
      at: "2024-03-05T15:00:00Z",
    });
    const other = await addArticle({
      title: "Floods in southern Brazil",
      text: OTHER,
      outlet: "herald.example",
      at: "2024-03-05T16:00:00Z",
    });
    const late = await addArticle({
      title: "Brussels fines Qualcomm over Icera pricing",
      text: SAME_EVENT,
      outlet: "late.example",
      at: "2024-05-20T15:00:00Z",
    });
    for (const id of [wire, copy, own, other, late])
      expect((await groupArticle(prisma, id)).outcome).toBe("grouped");

    const story = await storyOf(wire);
    expect(await storyOf(copy)).toBe(story);
    expect(await storyOf(own)).toBe(story);
    expect(await storyOf(other)).not.toBe(story);
    expect(await storyOf(late)).not.toBe(story);

    const detail = await storyDetail(prisma, story as string);
    expect(detail?.articleCount).toBe(3);
    expect(detail?.outletCount).toBe(3);
    expect(detail?.familyCount).toBe(2);
    expect(detail?.headArticleId).toBe(wire);
    // Written as the texts write it, with no generic word (docs/stories.md, "Labels").
    expect(detail?.label.split(" · ")).toContain("Qualcomm");
    expect(detail?.members.map((m) => m.id)).toEqual([wire, copy, own]);
    expect(detail?.members.map((m) => m.familyHead)).toEqual([true, false, true]);
    expect(detail?.timeline).toEqual([{ day: "2024-03-05", articles: 3, outlets: 3, copies: 1 }]);

    const grouping = await articleGrouping(prisma, own);
    expect(grouping?.story?.id).toBe(story);
    expect(grouping?.grouped).toBe(true);

    const multi = await listStories(prisma, { minOutlets: 2 });
    expect(multi.stories.map((s) => s.id)).toContain(story);
    expect(multi.stories.every((s) => s.outletCount >= 2)).toBe(true);
    expect(multi.stories.map((s) => s.id)).not.toContain(await storyOf(other));
  });

  it("pages the story list with a cursor and rejects a bad cursor", async () => {
    for (let i = 0; i < 5; i += 1) {
      const words = Array.from({ length: 40 }, (_, j) => `w${i}n${j}`).join(" ");
      const id = await addArticle({
        title: `Event ${i}`,
        text: words,
        outlet: "x.example",
        at: `2024-0${i + 1}-01T00:00:00Z`,
      });
      await groupArticle(prisma, id);
    }
    const first = await listStories(prisma, { limit: 2 });
    expect(first.stories).toHaveLength(2);
    const second = await listStories(prisma, { limit: 2, cursor: first.nextCursor ?? "" });
    const third = await listStories(prisma, { limit: 2, cursor: second.nextCursor ?? "" });
    const all = [...first.stories, ...second.stories, ...third.stories].map((s) => s.lastSeenAt.getTime());
    expect(all).toHaveLength(5);
    expect([...all].sort((a, b) => b - a)).toEqual(all);
    expect(third.nextCursor).toBeNull();
    await expect(listStories(prisma, { cursor: "nonsense" })).rejects.toThrow(/cursor/);
  });

  it("creates a first report's story whole, as recounting it from its members would", async () => {
    await background(6);
    const id = await addArticle({
      title: "EU fines Qualcomm",
      text: WIRE,
      outlet: "wire.example",
      at: "2024-03-05T08:00:00Z",
    });
    const grouped = await groupArticle(prisma, id);
    expect(grouped.outcome === "grouped" && grouped.story.via).toBe("new");
    const storyId = (await storyOf(id)) as string;
    const columns = {
      label: true,
      headArticleId: true,
      firstSeenAt: true,
      lastSeenAt: true,
      articleCount: true,
      outletCount: true,
      familyCount: true,
      keys: true,
    } as const;
    const created = await prisma.story.findUniqueOrThrow({ where: { id: storyId }, select: columns });
    expect(created.label).not.toBe("");
    await prisma.$transaction((tx) => refreshStory(tx, storyId));
    const recounted = await prisma.story.findUniqueOrThrow({ where: { id: storyId }, select: columns });
    const byKey = (keys: unknown) =>
      [...(keys as { key: string; articles: number; weight: number }[])].sort((a, b) =>
        a.key < b.key ? -1 : 1,
      );
    expect({ ...created, keys: byKey(created.keys) }).toEqual({ ...recounted, keys: byKey(recounted.keys) });
    expect(created).toMatchObject({ articleCount: 1, outletCount: 1, familyCount: 1, headArticleId: id });
  });

  it("rebuild reproduces the incremental grouping", async () => {
    await background(6);
    const ids = [
      await addArticle({
        title: "EU fines Qualcomm",
        text: WIRE,
        outlet: "wire.example",
        at: "2024-03-05T08:00:00Z",
      }),
      await addArticle({
        title: "Qualcomm fined",
        text: syndicate(WIRE, "Post"),
        outlet: "post.example",
        at: "2024-03-05T09:00:00Z",
      }),
      await addArticle({
        title: "Brussels fines Qualcomm over Icera",
        text: SAME_EVENT,
        outlet: "herald.example",
        at: "2024-03-05T15:00:00Z",
      }),
      await addArticle({
        title: "Floods",
        text: OTHER,
        outlet: "herald.example",
        at: "2024-03-05T16:00:00Z",
      }),
    ];
    for (const id of ids) await groupArticle(prisma, id);
    const partition = async () => {
      const rows = await prisma.article.findMany({
        where: { id: { in: ids } },
        select: { id: true, storyId: true, familyId: true },
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((a) =>
        ids.map((b) => [
          byId.get(a)?.storyId === byId.get(b)?.storyId,
          byId.get(a)?.familyId === byId.get(b)?.familyId,
        ]),
      );
    };
    const before = await partition();
    const progress = await rebuildGrouping(prisma);
    expect(progress.grouped).toBe(progress.total);
    expect(progress.total).toBe(10);
    expect(await partition()).toEqual(before);
  });
});
