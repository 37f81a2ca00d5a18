// A fetched page (or its JSON-LD) carrying NUL and other control characters stores like any other:
// Postgres refuses NUL in text, so an uncleaned page would fail to store on every attempt.

import { prisma } from "@tidemark/db";
import { extractArticle } from "@tidemark/ingest/extract";
import { Producer } from "@tidemark/queue";
import { resetTestRedis, truncateAllTables } from "@tidemark/testing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { beginAttempt, mergeHints, storeExtraction } from "../src/index.ts";

const producer = new Producer();
beforeEach(async () => {
  await truncateAllTables(prisma);
  await resetTestRedis();
});
afterAll(async () => {
  await producer.close();
  await prisma.$disconnect();
});

/** NUL, BEL or any other C0 control but tab and newline. */
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 32 && c !== "\t" && c !== "\n");

const body = "Regulators said on Monday that the company must sell its business or face a ban. ".repeat(4);
const page = `<html lang="en"><head><title>Huawei\u0000 wins appeal</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Huawei\\u0000 wins appeal","author":{"name":"Ann\\u0000 Reporter"},"datePublished":"2021-03-04"}</script>
</head><body><article><h1>Huawei\u0000 wins appeal</h1><p>${body}\u0000\u0007</p><p>${body}</p></article></body></html>`;

describe("storing extracted text", () => {
  it("stores a page whose text and JSON-LD carry NUL and control characters, without them", async () => {
    const url = "https://news.example/nul";
    const row = await prisma.article.create({ data: { submittedUrl: url, normalizedUrl: url } });
    const claimed = await beginAttempt(prisma, row.id);
    if (!claimed) throw new Error("no attempt");
    const extracted = extractArticle(page, { url, fetchedAt: new Date() });
    expect(hasControl(`${extracted.title}${extracted.text}${extracted.authors.join("")}`)).toBe(true);
    const merged = mergeHints(extracted, null);
    const stored = await storeExtraction(prisma, claimed, merged, {
      format: "html",
      content: page,
      finalUrl: url,
      httpStatus: 200,
      fetchedAt: new Date(),
    });
    expect(stored.kind).toBe("stored");
    const saved = await prisma.article.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved.status).toBe("extracted");
    expect(hasControl(`${saved.title}${saved.text}${saved.authors.join("")}`)).toBe(false);
    expect(saved.title).toBe("Huawei wins appeal");
  });
});
