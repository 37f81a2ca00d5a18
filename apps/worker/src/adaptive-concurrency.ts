// How many ingest jobs this process runs at once, adapted every few seconds to what limits it.
// An ingest job mostly waits (on the site, on Postgres, on Redis), so more slots add throughput —
// until the process runs out of CPU, when extra slots only add latency to every job. Each window:
//   • event loop busy ≥ 90% (CPU-bound): shrink by a fifth;
//   • mean job latency more than doubled against the best recent window while throughput did not
//     grow (slots only queue up on something shared: Postgres, a site): shrink by a tenth;
//   • every slot busy and the event loop has room: grow by a quarter (at least one);
//   • otherwise hold.
// Bounded by [min, max]; with min = max it never moves.

export interface ConcurrencyWindow {
  /** Jobs finished in the window. */
  completed: number;
  /** Mean run time of those jobs (ms), politeness waits excluded. */
  meanMs: number;
  /** Share of the window the event loop was busy (0–1). */
  eventLoopBusy: number;
  /** Share of samples in the window with every slot taken (0–1). */
  saturated: number;
  /** Window length (ms). */
  windowMs: number;
}

export interface ConcurrencyState {
  limit: number;
  /** Best (lowest) mean latency seen recently; drifts up slowly so it can follow real change. */
  baselineMs: number | null;
  /** Throughput of the previous window (jobs/s). */
  lastRate: number;
}

export interface ConcurrencyBounds {
  min: number;
  max: number;
}

export function nextConcurrency(
  state: ConcurrencyState,
  window: ConcurrencyWindow,
  bounds: ConcurrencyBounds,
): ConcurrencyState {
  const clamp = (n: number) => Math.max(bounds.min, Math.min(bounds.max, Math.round(n)));
  const rate = window.completed / (window.windowMs / 1000);
  if (window.completed === 0) return { ...state, limit: clamp(state.limit), lastRate: rate };
  const baselineMs =
    state.baselineMs === null ? window.meanMs : Math.min(window.meanMs, state.baselineMs * 1.05);
  let limit = state.limit;
  if (window.eventLoopBusy >= 0.9) limit = Math.floor(limit * 0.8);
  else if (window.meanMs > 2 * baselineMs && rate <= state.lastRate * 1.05) limit = Math.floor(limit * 0.9);
  else if (window.saturated >= 0.5 && window.eventLoopBusy < 0.75)
    limit += Math.max(1, Math.floor(limit / 4));
  return { limit: clamp(limit), baselineMs, lastRate: rate };
}
