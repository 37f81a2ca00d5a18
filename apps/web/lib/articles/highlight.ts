// Splits a text into runs by the evidence spans that cover them, so every matched word can be
// coloured by the theme(s) that matched it. Offsets are UTF-16, as JavaScript strings count,
// which is how the tagger stored them. Overlapping spans of different themes are kept apart.
export interface Mark {
  start: number;
  end: number;
  themeId: string;
}

export interface Run {
  text: string;
  start: number;
  /** Themes whose spans cover this run, in the order marks were given; empty for plain text. */
  themeIds: string[];
}

export function splitByMarks(text: string, marks: readonly Mark[], offset = 0): Run[] {
  const length = text.length;
  const valid = marks
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
    .filter((m) => m.end > 0 && m.start < length && m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(Math.max(0, m.start));
    cuts.add(Math.min(length, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    if (end <= start) continue;
    const themeIds = [
      ...new Set(valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.themeId)),
    ];
    const previous = runs.at(-1);
    // Merge neighbours with the same themes so the DOM stays small.
    if (previous && sameThemes(previous.themeIds, themeIds)) previous.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start: start + offset, themeIds });
  }
  return runs;
}

function sameThemes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
