// The entities (organisation, person and place themes) an article's current hits name, with the
// names a story label shows for them.
import type { Prisma } from "@tidemark/db";

export interface NamedEntity {
  slug: string;
  name: string;
}

export async function articleEntities(
  tx: Prisma.TransactionClient,
  articleId: string,
): Promise<NamedEntity[]> {
  return tx.$queryRaw<NamedEntity[]>`
    SELECT DISTINCT t.slug, t.name FROM article_theme_hits h JOIN themes t ON t.id = h.theme_id
    WHERE h.article_id = ${articleId}::uuid AND t.kind <> 'theme'
      AND h.theme_version_id = coalesce(t.series_version_id, t.current_version_id)`;
}
