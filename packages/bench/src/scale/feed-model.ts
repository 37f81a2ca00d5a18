// How articles arrive in a real news archive, as the scale generator draws them: hundreds of
// outlets of very different sizes (Zipf), five years with more articles in recent years, a daily
// rhythm (busy European/American daytime, quiet nights), minutes and seconds anywhere in the hour,
// and a few undated articles counted under their fetch time.
import { cumulativeOf, pick, type Random } from "./random.ts";

export const SCALE_END = Date.parse("2026-12-01T00:00:00Z");
export const SCALE_YEARS = 5;
export const SCALE_START = SCALE_END - SCALE_YEARS * 365.25 * 86_400_000;
const DAY = 86_400_000;
const DAYS = Math.floor((SCALE_END - SCALE_START) / DAY);

/** Relative volume per UTC hour: quiet 0–5 h, busy 7–20 h. */
const HOURS = cumulativeOf([
  2, 1.5, 1.2, 1, 1.2, 2, 3.5, 5, 6.5, 7, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7, 6.5, 6, 5, 4.5, 4, 3.5, 2.5,
]);

export interface FeedModel {
  sources: number;
  sourceWeights: number[];
}

export function feedModel(sources: number): FeedModel {
  // Zipf with s = 0.9: the biggest outlet publishes ~200× the smallest of 400.
  return {
    sources,
    sourceWeights: cumulativeOf(Array.from({ length: sources }, (_, k) => 1 / (k + 1) ** 0.9)),
  };
}

export interface DrawnArticle {
  source: number;
  /** Publication instant, or null for an undated article (then `fetchedAt` is what counts). */
  publishedAt: Date | null;
  fetchedAt: Date;
}

export function drawArticle(model: FeedModel, random: Random): DrawnArticle {
  const source = pick(model.sourceWeights, random);
  // Volume grows linearly from 0.6× to 1.4× over the five years (rejection sampling).
  let day = 0;
  for (;;) {
    day = Math.floor(random() * DAYS);
    if (random() * 1.4 <= 0.6 + (0.8 * day) / DAYS) break;
  }
  const hour = pick(HOURS, random);
  const at = SCALE_START + day * DAY + hour * 3_600_000 + Math.floor(random() * 3_600_000);
  const fetchedAt = new Date(at + Math.floor(random() * 6 * 3_600_000));
  return { source, publishedAt: random() < 0.04 ? null : new Date(at), fetchedAt };
}
