// Articles as the worker would leave them (extracted, dated, with a source), counted in the
// coverage aggregates — without fetching anything.
import { prisma } from "@tidemark/db";
import { runBackfill } from "@tidemark/themes/backfill";
import { syncArticleCoverage } from "@tidemark/themes/coverage";

export interface SeedArticle {
  title: string;
  text?: string;
  publishedAt: string | null;
  source?: string;
  status?: "extracted" | "failed" | "queued";
}

export async function seedArticles(articles: SeedArticle[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, a] of articles.entries()) {
    const source = a.source
      ? await prisma.source.upsert({
          where: { key: a.source },
          create: { key: a.source, domain: a.source, name: a.source },
          update: {},
        })
      : null;
    const status = a.status ?? "extracted";
    const article = await prisma.article.create({
      data: {
        submittedUrl: `https://${a.source ?? "example.com"}/story-${i}-${Math.random().toString(36).slice(2)}`,
        normalizedUrl: `https://${a.source ?? "example.com"}/story-${i}-${Math.random().toString(36).slice(2)}`,
        status,
        title: a.title,
        text: a.text ?? `${a.title}. More words follow here so that the text reads like an article.`,
        publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
        publishedAtSource: a.publishedAt ? "jsonld" : "none",
        fetchedAt: new Date("2024-03-20T12:00:00Z"),
        sourceId: source?.id ?? null,
        wordCount: 20,
        extractorVersion: "1.0.0",
        ...(status === "failed"
          ? { failureCode: "http_403", failureMessage: "The server answered 403 Forbidden." }
          : {}),
      },
    });
    await prisma.$transaction((tx) => syncArticleCoverage(tx, article.id));
    ids.push(article.id);
  }
  return ids;
}

/** Runs every queued backfill now, in this process (the tests run no worker). */
export async function runQueuedBackfills(): Promise<void> {
  const backfills = await prisma.themeBackfill.findMany({ where: { status: { in: ["queued", "running"] } } });
  for (const b of backfills) await runBackfill(prisma, b.id);
}
