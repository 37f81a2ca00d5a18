// Text families against real Postgres: copies of one text on different sites (other boilerplate,
// headline and a few edits) share a family whose head is the earliest copy, also when that copy
// arrives last; grouping is idempotent and safe when workers group copies at the same moment.
import { createHash } from "node:crypto";
import { prisma } from "@tidemark/db";
import { truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { articleGrouping, groupArticle } from "../src/index.ts";
import { DOCUMENT_SHARDS } from "../src/stories/document-frequency-query.ts";
import { addArticle, OTHER, SAME_EVENT, syndicate, WIRE } from "./fixtures.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});
afterAll(async () => {
  await prisma.$disconnect();
});

async function familyOf(id: string): Promise<string | null> {
  const row = await prisma.article.findUniqueOrThrow({ where: { id }, select: { familyId: true } });
  return row.familyId;
}

async function headOf(familyId: string): Promise<string | null> {
  const row = await prisma.textFamily.findUniqueOrThrow({ where: { id: familyId } });
  return row.headArticleId;
}

describe("text families", () => {
  it("links copies on other sites to one family, earliest first, and keeps other texts apart", async () => {
    const first = await addArticle({
      title: "EU fines Qualcomm",
      text: WIRE,
      outlet: "wire.example",
      at: "2024-03-05T08:00:00Z",
    });
    const copy = await addArticle({
      title: "Qualcomm hit with €242m fine",
      text: syndicate(WIRE, "Daily Post"),
      outlet: "dailypost.example",
      at: "2024-03-05T09:30:00Z",
    });
    const rewrite = await addArticle({
      title: "Qualcomm fined",
      text: SAME_EVENT,
      outlet: "herald.example",
      at: "2024-03-05T10:00:00Z",
    });
    const other = await addArticle({
      title: "Floods in Brazil",
      text: OTHER,
      outlet: "wire.example",
      at: "2024-03-05T11:00:00Z",
    });
    for (const id of [first, copy, rewrite, other])
      expect((await groupArticle(prisma, id)).outcome).toBe("grouped");

    const family = await familyOf(first);
    expect(family).not.toBeNull();
    expect(await familyOf(copy)).toBe(family);
    expect(await familyOf(rewrite)).not.toBe(family);
    expect(await familyOf(other)).not.toBe(family);
    expect(await headOf(family as string)).toBe(first);
    const bands = await prisma.articleMinhashBand.count({ where: { articleId: copy } });
    expect(bands).toBe(32);

    const grouping = await articleGrouping(prisma, copy);
    expect(grouping?.copies.map((c) => c.id)).toEqual([first, copy]);
    expect(grouping?.copies[0]?.head).toBe(true);
  });

  it("moves the head when an earlier copy arrives later", async () => {
    const later = await addArticle({
      title: "A",
      text: WIRE,
      outlet: "a.example",
      at: "2024-03-05T12:00:00Z",
    });
    await groupArticle(prisma, later);
    const family = (await familyOf(later)) as string;
    expect(await headOf(family)).toBe(later);
    const earlier = await addArticle({
      title: "B",
      text: syndicate(WIRE, "B"),
      outlet: "b.example",
      at: "2024-03-05T06:00:00Z",
    });
    await groupArticle(prisma, earlier);
    expect(await familyOf(earlier)).toBe(family);
    expect(await headOf(family)).toBe(earlier);
    const row = await prisma.textFamily.findUniqueOrThrow({ where: { id: family } });
    expect(row.firstSeenAt.toISOString()).toBe("2024-03-05T06:00:00.000Z");
  });

  it("is idempotent: grouping again, or a retry, changes nothing", async () => {
    const a = await addArticle({ title: "A", text: WIRE, outlet: "a.example", at: "2024-03-05T12:00:00Z" });
    const b = await addArticle({
      title: "B",
      text: syndicate(WIRE, "B"),
      outlet: "b.example",
      at: "2024-03-05T13:00:00Z",
    });
    await groupArticle(prisma, a);
    await groupArticle(prisma, b);
    const before = await prisma.article.findMany({
      select: { id: true, familyId: true, storyId: true },
      orderBy: { id: "asc" },
    });
    expect((await groupArticle(prisma, a)).outcome).toBe("unchanged");
    expect((await groupArticle(prisma, b)).outcome).toBe("unchanged");
    const after = await prisma.article.findMany({
      select: { id: true, familyId: true, storyId: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
    expect(await prisma.textFamily.count()).toBe(1);
    // Documents are counted once each, across the count's shards.
    const shards = await prisma.storyTermDf.aggregate({
      where: { key: { in: [...DOCUMENT_SHARDS] } },
      _sum: { df: true },
    });
    expect(shards._sum.df).toBe(2);
  });

  it("moves an edited head out of its family: a family of its own, the old one headed by the copy left", async () => {
    const head = await addArticle({
      title: "A",
      text: WIRE,
      outlet: "a.example",
      at: "2024-03-05T12:00:00Z",
    });
    const copy = await addArticle({
      title: "B",
      text: syndicate(WIRE, "B"),
      outlet: "b.example",
      at: "2024-03-05T13:00:00Z",
    });
    await groupArticle(prisma, head);
    await groupArticle(prisma, copy);
    const family = (await familyOf(head)) as string;
    expect(await familyOf(copy)).toBe(family);
    const bandsBefore = await prisma.articleMinhashBand.findMany({ where: { articleId: head } });

    // The head is re-ingested with a different text: it leaves, and the copy heads the old family.
    const hash = createHash("sha256").update(`A\n${OTHER}`).digest("hex");
    await prisma.article.update({
      where: { id: head },
      data: { text: OTHER, contentHash: hash, taggedHash: hash },
    });
    expect((await groupArticle(prisma, head)).outcome).toBe("grouped");
    const own = await familyOf(head);
    expect(own).not.toBeNull();
    expect(own).not.toBe(family);
    expect(await headOf(own as string)).toBe(head);
    expect(await headOf(family)).toBe(copy);
    const signature = await prisma.articleMinhash.findUniqueOrThrow({ where: { articleId: head } });
    expect(signature.contentHash).toBe(hash);
    // Its bands are those of the new text only (32 of them), not the old text's as well.
    const bandsAfter = await prisma.articleMinhashBand.findMany({ where: { articleId: head } });
    expect(bandsAfter).toHaveLength(32);
    const old = new Set(bandsBefore.map((b) => b.bandKey));
    expect(bandsAfter.filter((b) => old.has(b.bandKey)).length).toBeLessThan(32);

    // The copy, alone in the old family, keeps it when its own text changes.
    const copyHash = createHash("sha256").update(`B\n${SAME_EVENT}`).digest("hex");
    await prisma.article.update({
      where: { id: copy },
      data: { text: SAME_EVENT, contentHash: copyHash, taggedHash: copyHash },
    });
    await groupArticle(prisma, copy);
    expect(await familyOf(copy)).toBe(family);
    expect(await headOf(family)).toBe(copy);
    expect(await prisma.textFamily.count()).toBe(2);

    // The first article's text goes back to the wire story: it rejoins the copy, as the earlier
    // copy it is the head again, and the family it leaves empty is removed.
    const back = createHash("sha256").update(`A\n${WIRE}`).digest("hex");
    await prisma.$transaction([
      prisma.article.update({
        where: { id: copy },
        data: { text: syndicate(WIRE, "B"), contentHash: `${hash}b`, taggedHash: `${hash}b` },
      }),
      prisma.article.update({
        where: { id: head },
        data: { text: WIRE, contentHash: back, taggedHash: back },
      }),
    ]);
    await groupArticle(prisma, copy);
    await groupArticle(prisma, head);
    expect(await familyOf(head)).toBe(family);
    expect(await headOf(family)).toBe(head);
    expect(await prisma.textFamily.findUnique({ where: { id: own as string } })).toBeNull();
  });

  it("puts copies grouped at the same moment by concurrent workers into one family", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1)
      ids.push(
        await addArticle({
          title: `Copy ${i}`,
          text: syndicate(WIRE, `Site ${i}`),
          outlet: `site${i}.example`,
          at: `2024-03-05T0${i}:00:00Z`,
        }),
      );
    const results = await Promise.all(ids.map((id) => groupArticle(prisma, id)));
    expect(results.every((r) => r.outcome === "grouped")).toBe(true);
    const families = new Set(await Promise.all(ids.map(familyOf)));
    expect(families.size).toBe(1);
    expect(await prisma.textFamily.count()).toBe(1);
    expect(await headOf([...families][0] as string)).toBe(ids[0]);
    // Copies of one text are one story as well.
    const stories = await prisma.article.findMany({ where: { id: { in: ids } }, select: { storyId: true } });
    expect(new Set(stories.map((s) => s.storyId)).size).toBe(1);
  });

  it("waits for tagging before grouping", async () => {
    const id = await addArticle({ title: "A", text: WIRE, outlet: "a.example", at: "2024-03-05T12:00:00Z" });
    await prisma.article.update({ where: { id }, data: { taggedHash: null } });
    expect((await groupArticle(prisma, id)).outcome).toBe("not_ready");
    expect(await familyOf(id)).toBeNull();
  });
});
