// The themes an analysis is about, in the order asked for, each with the version its series
// show. Analytics count that version's hits only, so they agree with the coverage series and
// never mix two definitions while a backfill runs. Unknown ids are left out, as in the series.
import type { Db } from "@tidemark/db";

export interface SeriesTheme {
  themeId: string;
  slug: string;
  name: string;
  /** The series version's id, or null when the theme has none yet (it then has no hits). */
  versionId: string | null;
}

export async function seriesThemes(db: Db, themeIds: readonly string[]): Promise<SeriesTheme[]> {
  const rows = await db.theme.findMany({
    where: { id: { in: [...themeIds] } },
    select: { id: true, slug: true, name: true, seriesVersionId: true },
  });
  const byId = new Map(rows.map((t) => [t.id, t]));
  return [...new Set(themeIds)].flatMap((id) => {
    const t = byId.get(id);
    return t ? [{ themeId: t.id, slug: t.slug, name: t.name, versionId: t.seriesVersionId }] : [];
  });
}

/** The series version ids of some themes, for SQL (themes without one contribute nothing). */
export function versionIdsOf(themes: readonly SeriesTheme[]): string[] {
  return themes.flatMap((t) => (t.versionId ? [t.versionId] : []));
}
