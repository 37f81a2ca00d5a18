// Spikes with the articles behind them: one row per spike and article (a spike without listed
// articles still gets a row).
import type { Db } from "@tidemark/db";
import { detectSpikes } from "@tidemark/themes/analytics";
import { resolveRange, seriesRange, themesQuerySchema } from "@/lib/themes/range-query";
import { fromArray, stampThemes } from "../stamp-themes";
import { defineDataset, type ExportRow } from "../types";

export const spikesDataset = defineDataset({
  name: "spikes",
  description: "Buckets where a theme's share rose well above its baseline, with their articles.",
  query: themesQuerySchema,
  async open(db: Db, query) {
    const range = await resolveRange(db, query);
    const [result, themes] = await Promise.all([
      detectSpikes(db, { ...seriesRange(range), themeIds: query.theme, articlesPerSpike: 20 }),
      stampThemes(db, query.theme),
    ]);
    const rows: ExportRow[] = [];
    for (const theme of result.themes) {
      for (const spike of theme.spikes) {
        const base = {
          theme: theme.slug,
          bucket: spike.bucket,
          observed: spike.observed,
          total: spike.total,
          share: spike.share,
          baseline_share: spike.baselineShare,
          expected: spike.expected,
          ratio: spike.ratio,
          p_value: spike.pValue,
          score: spike.score,
        };
        if (spike.articles.length === 0) rows.push(base);
        for (const a of spike.articles) {
          rows.push({
            ...base,
            article_id: a.articleId,
            article_title: a.title,
            published_at: a.publishedAt,
            source: a.source?.key ?? null,
            evidence: a.evidence?.sentence ?? null,
          });
        }
      }
    }
    return {
      columns: [
        "theme",
        "bucket",
        "observed",
        "total",
        "share",
        "baseline_share",
        "expected",
        "ratio",
        "p_value",
        "score",
        "article_id",
        "article_title",
        "published_at",
        "source",
        "evidence",
      ],
      rows: fromArray(rows),
      themes,
      params: {
        ...seriesRange(range),
        baselineBuckets: result.baseline.buckets,
        weekdayBaseline: result.baseline.weekday,
      },
    };
  },
});
