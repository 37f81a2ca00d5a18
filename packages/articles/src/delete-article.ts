// Deleting an article takes its contribution out of the coverage aggregates in the same
// transaction, so every series stays exact.
import type { Db } from "@tidemark/db";
import { uncountArticle } from "@tidemark/themes/coverage";

export async function deleteArticle(db: Db, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await uncountArticle(tx, id);
    const { count } = await tx.article.deleteMany({ where: { id } });
    return count > 0;
  });
}
