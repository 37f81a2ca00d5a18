// One article with what its page shows: source, duplicate-of, the latest 20 versions (without
// their texts) and every theme hit with its theme and version.
import type { Db } from "@tidemark/db";

export function loadArticleDetail(db: Db, id: string) {
  return db.article.findUnique({
    where: { id },
    include: {
      source: { select: { id: true, key: true, name: true, domain: true } },
      duplicateOf: { select: { id: true, title: true, normalizedUrl: true } },
      versions: {
        orderBy: { version: "desc" },
        take: 20,
        select: {
          id: true,
          version: true,
          title: true,
          contentHash: true,
          wordCount: true,
          extractorVersion: true,
          fetchedAt: true,
          publishedAt: true,
        },
      },
      themeHits: {
        include: {
          theme: {
            select: {
              id: true,
              slug: true,
              name: true,
              color: true,
              seriesVersionId: true,
              currentVersionId: true,
            },
          },
          themeVersion: { select: { version: true } },
        },
      },
    },
  });
}

export type ArticleDetailRow = NonNullable<Awaited<ReturnType<typeof loadArticleDetail>>>;
