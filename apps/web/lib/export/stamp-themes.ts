// The stamp entry of each theme in an export: which version its numbers come from.
import type { Db } from "@tidemark/db";
import type { StampTheme } from "./stamp";

export async function stampThemes(db: Db, themeIds: readonly string[]): Promise<StampTheme[]> {
  if (themeIds.length === 0) return [];
  const rows = await db.theme.findMany({
    where: { id: { in: [...themeIds] } },
    select: {
      id: true,
      slug: true,
      name: true,
      seriesVersion: { select: { version: true } },
      currentVersion: { select: { version: true } },
    },
  });
  const byId = new Map(rows.map((t) => [t.id, t]));
  return themeIds.flatMap((id) => {
    const t = byId.get(id);
    if (!t) return [];
    const version = t.seriesVersion?.version ?? null;
    const current = t.currentVersion?.version ?? null;
    return [
      {
        id: t.id,
        slug: t.slug,
        name: t.name,
        version,
        pendingVersion: current !== null && current !== version ? current : null,
      },
    ];
  });
}

/** Yields the rows of an array: for datasets that are small by construction (one per bucket). */
export async function* fromArray<T>(rows: readonly T[]): AsyncGenerator<T> {
  for (const row of rows) yield row;
}
