// Quotes stored per article: extracted once per content hash, replaced when the text changes,
// speakers rolled up to tracked entities and classified person / organisation / unnamed.
import { truncateAllTables } from "@tidemark/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { loadEntityMatchers, quoteRows, storeArticleQuotes, storeInTransaction } from "../src/index.ts";
import { addArticle, addTheme, prisma, setText } from "./fixtures.ts";

beforeEach(async () => {
  await truncateAllTables(prisma);
});

const STORY = [
  "Shou Chew, chief executive of ByteDance, spoke in Washington on Monday.",
  "“We are proud of the work our teams do,” he said.",
  "“We will comply with every law,” a ByteDance spokesperson said.",
  "“This must stop,” said Senator Jane Doe.",
  "“We disagree with the ruling,” ByteDance said in a statement.",
  "“It is a matter for the courts,” the White House said.",
].join("\n\n");

describe("storeArticleQuotes", () => {
  it("stores each quote with offsets, speaker, kind and the entity it rolls up to", async () => {
    const bytedance = await addTheme(prisma, {
      name: "ByteDance",
      kind: "organisation",
      definition: 'ByteDance OR "Byte Dance"',
    });
    const id = await addArticle(prisma, { text: STORY, source: "news.example" });
    const result = await storeArticleQuotes(prisma, id, await loadEntityMatchers(prisma));
    expect(result).toEqual({ outcome: "stored", quotes: 5, attributed: 5 });

    const rows = await prisma.articleQuote.findMany({
      where: { articleId: id },
      orderBy: { ordinal: "asc" },
    });
    for (const r of rows) expect(STORY.slice(r.start, r.end)).toBe(r.text);
    const summary = rows.map((r) => [
      r.speakerName,
      r.speakerKind,
      r.voiceLabel,
      r.entityThemeId === bytedance,
    ]);
    expect(summary).toEqual([
      // "he" resolved to Shou Chew, whose appositive names ByteDance: a named official rolls up.
      ["Shou Chew", "person", "ByteDance", true],
      ["ByteDance spokesperson", "unnamed", "ByteDance", true],
      ["Jane Doe", "person", "Jane Doe", false],
      ["ByteDance", "organisation", "ByteDance", true],
      ["White House", "organisation", "White House", false],
    ]);
    expect(rows[0]?.speakerRole).toBe("chief executive of ByteDance");
    expect(rows[2]?.speakerRole).toBe("Senator");
    const he = rows[0];
    expect(he && STORY.slice(he.speakerStart ?? 0, he.speakerEnd ?? 0)).toBe("he");
  });

  it("is idempotent per content hash and replaces the quotes when the text changes", async () => {
    const id = await addArticle(prisma, { text: STORY });
    const matchers = await loadEntityMatchers(prisma);
    await storeArticleQuotes(prisma, id, matchers);
    const first = await prisma.articleQuote.findMany({ where: { articleId: id }, select: { id: true } });
    expect(await storeArticleQuotes(prisma, id, matchers)).toEqual({ outcome: "unchanged" });
    const again = await prisma.articleQuote.findMany({ where: { articleId: id }, select: { id: true } });
    expect(again).toEqual(first);

    await setText(prisma, id, "“Only one quote is left here now,” said Jane Doe.");
    expect(await storeArticleQuotes(prisma, id, matchers)).toMatchObject({ outcome: "stored", quotes: 1 });
    const after = await prisma.articleQuote.findMany({ where: { articleId: id } });
    expect(after.map((q) => q.speakerName)).toEqual(["Jane Doe"]);
    const article = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(article.quotesHash).toBe(article.contentHash);
  });

  it("uses quotes extracted before the transaction only when they are of the stored text", async () => {
    const id = await addArticle(prisma, { text: STORY });
    const { contentHash } = await prisma.article.findUniqueOrThrow({ where: { id } });
    const stale = "“A different text was read,” said John Roe.";
    // Extracted from the stored text (same hash): used as given.
    const ahead = quoteRows(STORY, []);
    await prisma.$transaction((tx) =>
      storeInTransaction(tx, id, [], true, { contentHash: contentHash ?? "", rows: ahead.slice(0, 2) }),
    );
    expect(await prisma.articleQuote.count({ where: { articleId: id } })).toBe(2);
    // Extracted from another text (its hash is not the stored one): ignored, the stored text's
    // quotes are extracted under the lock instead.
    await prisma.$transaction((tx) =>
      storeInTransaction(tx, id, [], true, {
        contentHash: "not-the-stored-hash",
        rows: quoteRows(stale, []),
      }),
    );
    const rows = await prisma.articleQuote.findMany({
      where: { articleId: id },
      orderBy: { ordinal: "asc" },
    });
    expect(rows).toHaveLength(ahead.length);
    for (const r of rows) expect(STORY.slice(r.start, r.end)).toBe(r.text);
  });

  it("stores an unattributed quote without a voice, and an unresolved pronoun as unnamed", async () => {
    const id = await addArticle(prisma, {
      text: "“Nobody expected the vote to pass this week,” he said.\n\nThe vote was held on Tuesday.\n\nLater, the crowd chanted “Not in our name, not ever again.”",
    });
    await storeArticleQuotes(prisma, id, []);
    const rows = await prisma.articleQuote.findMany({
      where: { articleId: id },
      orderBy: { ordinal: "asc" },
    });
    expect(rows.map((r) => [r.speakerName, r.speakerKind, r.voiceKey])).toEqual([
      ["he", "unnamed", null],
      [null, "unnamed", null],
    ]);
  });
});
