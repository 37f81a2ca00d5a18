// A ranked teaser list closing the page ("Most read: 1 / headline / 2 / headline / …"): bare
// rank numbers counting up from 1, each followed by one short headline, running to the end of
// the text. It is recognised by that shape, not by its label or site.

/** At least this many ranks make a list (a "1" and a "2" alone may be a story's own steps). */
const MIN_RANKS = 3;
/** A teaser headline is a single short line. */
const MAX_HEADLINE = 160;
/** Lines searched back from the end for the list's "1". */
const SEARCH = 24;
/** A short label right before the list ("Beliebt.", "Most read") goes with it. */
const LABEL = /^[^.!?]{1,30}[.:]?$/u;

/** The paragraphs without a ranked teaser list (and its label) at their end. */
export function rankedListCut(paragraphs: readonly string[]): readonly string[] {
  const from = Math.max(1, paragraphs.length - SEARCH);
  for (let start = from; start < paragraphs.length; start++) {
    if (rankAt(paragraphs, start) !== 1 || !isRankedRun(paragraphs, start)) continue;
    const label = paragraphs[start - 1] ?? "";
    const cut =
      start > 1 && LABEL.test(label.trim()) && label.trim().split(/\s+/).length <= 3 ? start - 1 : start;
    return paragraphs.slice(0, cut);
  }
  return paragraphs;
}

function rankAt(paragraphs: readonly string[], index: number): number | null {
  const match = /^\s*(\d{1,2})\.?\s*$/.exec(paragraphs[index] ?? "");
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** From `start` to the end: rank 1, headline, rank 2, headline, … with at least MIN_RANKS ranks. */
function isRankedRun(paragraphs: readonly string[], start: number): boolean {
  let rank = 1;
  let index = start;
  while (index < paragraphs.length) {
    if (rankAt(paragraphs, index) !== rank) return false;
    const headline = paragraphs[index + 1];
    if (headline === undefined || headline.length > MAX_HEADLINE || rankAt(paragraphs, index + 1) !== null)
      return false;
    rank++;
    index += 2;
  }
  return rank - 1 >= MIN_RANKS;
}
