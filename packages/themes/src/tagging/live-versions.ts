// The theme versions every new or changed article is tagged with: for each active theme, the
// version its series show and its current definition (the same one unless a backfill of a newer
// definition is running). Tagging both keeps the shown series complete and the backfill exact.
// One query: it runs once per tagged article.
import type { Db, Prisma } from "@tidemark/db";

export interface LiveVersion {
  themeId: string;
  versionId: string;
  definition: string;
}

export async function liveVersions(db: Db | Prisma.TransactionClient): Promise<LiveVersion[]> {
  return db.$queryRaw<LiveVersion[]>`
    SELECT t.id::text AS "themeId", v.id::text AS "versionId", v.definition
    FROM themes t
    JOIN theme_versions v ON v.id = t.series_version_id OR v.id = t.current_version_id
    WHERE t.active
    ORDER BY t.created_at, t.id, (v.id = t.series_version_id) DESC`;
}
