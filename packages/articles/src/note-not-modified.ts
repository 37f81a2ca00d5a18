// A re-fetch answered 304 Not Modified: the stored text is still the page's text. The article is
// extracted again even if an earlier attempt of this re-fetch failed (a duplicate stays one).
import type { Db } from "@tidemark/db";
import { syncArticleCoverage } from "@tidemark/themes/coverage";
import { settleRefetchRequest } from "./settle-refetch.ts";

export async function noteNotModified(
  db: Db,
  articleId: string,
  checkedAt: Date,
  startedAt: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE articles SET last_checked_at = ${checkedAt}, failure_code = NULL, failure_message = NULL,
             status = CASE WHEN status = 'duplicate' THEN status ELSE 'extracted'::"ArticleStatus" END
      WHERE id = ${articleId}::uuid AND content_hash IS NOT NULL`;
    await settleRefetchRequest(tx, articleId, startedAt);
    await syncArticleCoverage(tx, articleId);
  });
}
