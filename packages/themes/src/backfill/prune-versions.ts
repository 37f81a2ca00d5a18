// Once a theme's series switch to a new version, hits and aggregates of older versions are no
// longer shown or maintained; they are dropped so they cannot go stale. The versions themselves
// (their definitions) stay in the history.
import type { Prisma } from "@tidemark/db";

export async function pruneSupersededVersions(tx: Prisma.TransactionClient, themeId: string): Promise<void> {
  const theme = await tx.theme.findUnique({
    where: { id: themeId },
    select: { currentVersionId: true, seriesVersionId: true },
  });
  if (!theme) return;
  const keep = [theme.currentVersionId, theme.seriesVersionId].filter((v): v is string => v !== null);
  await tx.articleThemeHit.deleteMany({ where: { themeId, themeVersionId: { notIn: keep } } });
  const superseded = { themeVersion: { themeId }, themeVersionId: { notIn: keep } };
  await tx.themeCoverageHourly.deleteMany({ where: superseded });
  await tx.themeCoverageQuarter.deleteMany({ where: superseded });
  await tx.themeCoverageDaily.deleteMany({ where: superseded });
  // Pairs with any other version go too (either side may be the superseded one).
  const gone = (
    await tx.themeVersion.findMany({ where: { themeId, id: { notIn: keep } }, select: { id: true } })
  ).map((v) => v.id);
  if (gone.length > 0) {
    await tx.themePairDaily.deleteMany({
      where: { OR: [{ versionA: { in: gone } }, { versionB: { in: gone } }] },
    });
  }
}
