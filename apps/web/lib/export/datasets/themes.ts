// The themes list: definitions, versions and share of coverage over the range.
import type { Db } from "@tidemark/db";
import { rangeQuerySchema, resolveRange, seriesRange } from "@/lib/themes/range-query";
import { themeSummaries } from "@/lib/themes/theme-summaries";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset } from "../types";

export const themesDataset = defineDataset({
  name: "themes",
  description: "Every theme with its definition, versions and share of coverage in the range.",
  query: rangeQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const { themes } = await themeSummaries(db, range);
    const definitions = new Map(
      (
        await db.theme.findMany({
          select: { id: true, slug: true, seriesVersion: { select: { definition: true } } },
        })
      ).map((t) => [t.id, t]),
    );
    return {
      columns: [
        "slug",
        "name",
        "kind",
        "active",
        "series_version",
        "current_version",
        "backfill_progress",
        "hits",
        "share",
        "definition",
      ],
      rows: fromArray(
        themes.map((t) => ({
          slug: t.slug,
          name: t.name,
          kind: t.kind,
          active: t.active,
          series_version: t.seriesVersion,
          current_version: t.currentVersion,
          backfill_progress: t.backfill ? t.backfill.progress : null,
          hits: t.hits,
          share: t.share,
          definition: definitions.get(t.id)?.seriesVersion?.definition ?? null,
        })),
      ),
      themes: await stampThemes(
        db,
        themes.map((t) => t.id),
      ),
      params: seriesRange(range),
    };
  },
});
