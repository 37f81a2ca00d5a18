// How a series' buckets are read from the aggregates. Every bucket edge in any zone is a UTC
// instant on a quarter hour, so a bucket is a run of whole UTC days (daily roll-ups) plus at most
// a piece of a day at each end (quarter-hour rows). A piece longer than half a day is read as
// the whole day minus the rest, so no piece reads more than 48 quarter-hour keys.
import type { RangeBounds } from "./range-bounds.ts";

const QUARTER = 900_000;
const DAY = 86_400_000;

export interface Segments {
  /** Whole UTC days ("YYYY-MM-DD") and the bucket each adds to (a day may serve two buckets). */
  days: string[];
  dayBuckets: number[];
  /** Pieces of days [lo, hi), added (sign 1) or taken away (sign −1) from a bucket. */
  pieceLo: Date[];
  pieceHi: Date[];
  pieceBuckets: number[];
  pieceSigns: number[];
}

/** null when an edge is not on a quarter hour (historic local mean time): count from rows then. */
export function bucketSegments(bounds: RangeBounds): Segments | null {
  const out: Segments = {
    days: [],
    dayBuckets: [],
    pieceLo: [],
    pieceHi: [],
    pieceBuckets: [],
    pieceSigns: [],
  };
  const from = bounds.fromUtc.getTime();
  const to = bounds.toUtc.getTime();
  if (from % QUARTER !== 0 || to % QUARTER !== 0) return null;
  const piece = (lo: number, hi: number, bucket: number, sign: number) => {
    if (lo >= hi) return;
    out.pieceLo.push(new Date(lo));
    out.pieceHi.push(new Date(hi));
    out.pieceBuckets.push(bucket);
    out.pieceSigns.push(sign);
  };
  const day = (start: number, bucket: number) => {
    out.days.push(new Date(start).toISOString().slice(0, 10));
    out.dayBuckets.push(bucket);
  };
  for (let b = 0; b + 1 < bounds.edges.length; b += 1) {
    const lo = Math.max((bounds.edges[b] as Date).getTime(), from);
    const hi = Math.min((bounds.edges[b + 1] as Date).getTime(), to);
    if (lo % QUARTER !== 0 || hi % QUARTER !== 0) return null;
    let at = lo;
    while (at < hi) {
      const dayStart = Math.floor(at / DAY) * DAY;
      const end = Math.min(dayStart + DAY, hi);
      if (at === dayStart && end === dayStart + DAY) day(dayStart, b);
      else if (end - at <= DAY / 2) piece(at, end, b, 1);
      else {
        day(dayStart, b);
        piece(dayStart, at, b, -1);
        piece(end, dayStart + DAY, b, -1);
      }
      at = end;
    }
  }
  return out;
}
