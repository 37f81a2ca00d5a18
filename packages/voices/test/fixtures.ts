// Test data made the way Tidemark makes it: themes with a version in use, extracted articles with
// a content hash, tagged by @tidemark/themes.
import { createHash } from "node:crypto";
import { type Db, prisma } from "@tidemark/db";
import { tagArticle } from "@tidemark/themes/tagging";

let counter = 0;

export async function addTheme(
  db: Db,
  t: { name: string; kind: "theme" | "organisation" | "person"; definition: string },
): Promise<string> {
  counter += 1;
  const theme = await db.theme.create({ data: { name: t.name, slug: `t-${counter}`, kind: t.kind } });
  const version = await db.themeVersion.create({
    data: { themeId: theme.id, version: 1, definition: t.definition },
  });
  await db.theme.update({
    where: { id: theme.id },
    data: { currentVersionId: version.id, seriesVersionId: version.id },
  });
  return theme.id;
}

export async function addArticle(
  db: Db,
  a: { text: string; title?: string; source?: string; publishedAt?: string },
): Promise<string> {
  counter += 1;
  const source = a.source
    ? await db.source.upsert({
        where: { key: a.source },
        create: { key: a.source, domain: a.source },
        update: {},
      })
    : null;
  const article = await db.article.create({
    data: {
      submittedUrl: `https://${a.source ?? "example.com"}/${counter}`,
      normalizedUrl: `https://${a.source ?? "example.com"}/${counter}`,
      status: "extracted",
      title: a.title ?? `Article ${counter}`,
      text: a.text,
      contentHash: createHash("sha256").update(a.text).digest("hex"),
      publishedAt: new Date(a.publishedAt ?? "2026-03-02T10:00:00Z"),
      publishedAtSource: "meta",
      fetchedAt: new Date("2026-03-02T11:00:00Z"),
      sourceId: source?.id ?? null,
    },
  });
  await tagArticle(db, article.id);
  return article.id;
}

export async function setText(db: Db, articleId: string, text: string): Promise<void> {
  await db.article.update({
    where: { id: articleId },
    data: { text, contentHash: createHash("sha256").update(text).digest("hex") },
  });
}

export { prisma };
