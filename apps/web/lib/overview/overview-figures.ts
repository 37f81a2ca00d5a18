// The overview's coverage figures — every theme's hits, share and series (the chart, the top
// themes, rising and falling) and the spikes of the busiest themes — read in one snapshot
// (lib/db/read-snapshot.ts), so a backfill or a tagged article committing between the reads
// never shows in the chart and not in the spikes, or the other way round.
import type { Db } from "@tidemark/db";
import { detectSpikes } from "@tidemark/themes/analytics";
import { readSnapshot } from "@/lib/db/read-snapshot";
import { type ResolvedRange, seriesRange } from "@/lib/themes/range-query";
import { themeSummaries } from "@/lib/themes/theme-summaries";

/** How many of the themes with the most hits the spike list looks at. */
const SPIKE_THEMES = 10;

export async function overviewFigures(
  db: Db,
  range: ResolvedRange,
  /** Called between the summaries and the spikes; tests commit a backfill there. */
  afterSummaries?: () => Promise<void>,
) {
  return readSnapshot(db, async (snap) => {
    const { themes, series } = await themeSummaries(snap, range);
    await afterSummaries?.();
    const spikeThemes = [...themes]
      .sort((a, b) => b.hits - a.hits)
      .filter((t) => t.hits > 0)
      .slice(0, SPIKE_THEMES)
      .map((t) => t.id);
    const spikes =
      spikeThemes.length > 0
        ? await detectSpikes(snap, { ...seriesRange(range), themeIds: spikeThemes, articlesPerSpike: 1 })
        : null;
    return { themes, series, spikeThemes, spikes };
  });
}
