// Deleting a theme removes its versions, hits, backfills and aggregates (all cascade).
import type { Db } from "@tidemark/db";

export async function deleteTheme(db: Db, themeId: string): Promise<boolean> {
  const { count } = await db.theme.deleteMany({ where: { id: themeId } });
  return count > 0;
}
