// The entities (organisation, person and place themes) an article's current hits name.
import type { Prisma } from "@tidemark/db";

export async function entitySlugs(tx: Prisma.TransactionClient, articleId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT t.slug FROM article_theme_hits h JOIN themes t ON t.id = h.theme_id
    WHERE h.article_id = ${articleId}::uuid AND t.kind <> 'theme'
      AND h.theme_version_id = coalesce(t.series_version_id, t.current_version_id)`;
  return rows.map((r) => r.slug);
}
