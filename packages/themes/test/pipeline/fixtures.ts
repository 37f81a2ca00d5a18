// Test data built the way the worker builds it: an extracted article row, then its coverage
// contribution synced in the same transaction.
import { type Db, prisma } from "@tidemark/db";
import { syncArticleCoverage } from "../../src/coverage/index.ts";

let counter = 0;

export async function addArticle(
  db: Db,
  a: {
    title: string;
    text: string;
    publishedAt?: string | null;
    sourceKey?: string | null;
    status?: "extracted" | "gone" | "failed";
  },
): Promise<string> {
  counter += 1;
  const source = a.sourceKey
    ? await db.source.upsert({
        where: { key: a.sourceKey },
        create: { key: a.sourceKey, domain: a.sourceKey },
        update: {},
      })
    : null;
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        submittedUrl: `https://example.com/${counter}`,
        normalizedUrl: `https://example.com/${counter}-${Math.random()}`,
        status: a.status ?? "extracted",
        title: a.title,
        text: a.text,
        publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
        publishedAtSource: a.publishedAt ? "meta" : "none",
        fetchedAt: new Date("2024-01-10T10:00:00Z"),
        sourceId: source?.id ?? null,
      },
    });
    await syncArticleCoverage(tx, article.id);
    return article.id;
  });
}

export { prisma };
