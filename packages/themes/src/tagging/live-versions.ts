// The theme versions every new or changed article is tagged with: for each active theme, the
// version its series show and its current definition (the same one unless a backfill of a newer
// definition is running). Tagging both keeps the shown series complete and the backfill exact.
import type { Db, Prisma } from "@tidemark/db";

export interface LiveVersion {
  themeId: string;
  versionId: string;
  definition: string;
}

export async function liveVersions(db: Db | Prisma.TransactionClient): Promise<LiveVersion[]> {
  const themes = await db.theme.findMany({
    where: { active: true },
    select: {
      id: true,
      currentVersion: { select: { id: true, definition: true } },
      seriesVersion: { select: { id: true, definition: true } },
    },
  });
  const live: LiveVersion[] = [];
  for (const theme of themes) {
    const seen = new Set<string>();
    for (const version of [theme.seriesVersion, theme.currentVersion]) {
      if (!version || seen.has(version.id)) continue;
      seen.add(version.id);
      live.push({ themeId: theme.id, versionId: version.id, definition: version.definition });
    }
  }
  return live;
}
