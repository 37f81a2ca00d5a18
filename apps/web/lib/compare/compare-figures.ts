// Compare's figures — every theme's summary and series (the picker, the chart, the numbers
// table), the source × theme heatmap and the co-occurrence matrix — read in ONE snapshot
// (lib/db/read-snapshot.ts), while the page still streams: the summaries resolve first so the
// chart renders at once, and the same REPEATABLE READ transaction goes on to read the heatmap and
// the matrix, which the page's <Suspense> sections await. Read in separate transactions, a
// backfill finishing between the reads (switching a theme's series to a new version and dropping
// the old version's hits) would show v1's hits in the chart beside v2's — or none — in the cells.
import type { Db } from "@tidemark/db";
import {
  type CooccurrenceResult,
  type SourceThemeResult,
  sourceThemeShares,
  themeCooccurrence,
} from "@tidemark/themes/analytics";
import type { CoverageSeries } from "@tidemark/themes/series";
import { readSnapshot } from "@/lib/db/read-snapshot";
import { type ResolvedRange, seriesRange } from "@/lib/themes/range-query";
import { type ThemeSummary, themeSummaries } from "@/lib/themes/theme-summaries";

/** How many outlets the heatmap shows. */
export const HEATMAP_SOURCES = 15;

export interface CompareSummaries {
  themes: ThemeSummary[];
  series: CoverageSeries | null;
  /** The themes compared, in order (chosen by `pick` from the summaries). */
  selectedIds: string[];
}

export interface CompareFigures extends CompareSummaries {
  /** Resolve after the summaries, in the same snapshot; null when no theme is selected. */
  heatmap: Promise<SourceThemeResult | null>;
  cooccurrence: Promise<CooccurrenceResult | null>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A section the page never rendered (it failed first) must not leave an unhandled rejection;
  // whoever awaits `promise` still gets the error.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export async function compareFigures(
  db: Db,
  range: ResolvedRange,
  pick: (themes: readonly ThemeSummary[]) => string[],
  /** Called between the summaries and the sections; tests commit a backfill there. */
  afterSummaries?: () => Promise<void>,
): Promise<CompareFigures> {
  const summaries = deferred<CompareSummaries>();
  const heatmap = deferred<SourceThemeResult | null>();
  const cooccurrence = deferred<CooccurrenceResult | null>();
  readSnapshot(db, async (snap) => {
    const { themes, series } = await themeSummaries(snap, range);
    const selectedIds = pick(themes);
    summaries.resolve({ themes, series, selectedIds });
    await afterSummaries?.();
    if (selectedIds.length === 0) {
      heatmap.resolve(null);
      cooccurrence.resolve(null);
      return;
    }
    const params = { ...seriesRange(range), themeIds: selectedIds };
    heatmap.resolve(await sourceThemeShares(snap, { ...params, limit: HEATMAP_SOURCES }));
    cooccurrence.resolve(await themeCooccurrence(snap, params));
  }).catch((error: unknown) => {
    // Settles whichever is still pending (a settled promise ignores the call).
    summaries.reject(error);
    heatmap.reject(error);
    cooccurrence.reject(error);
  });
  return { ...(await summaries.promise), heatmap: heatmap.promise, cooccurrence: cooccurrence.promise };
}
