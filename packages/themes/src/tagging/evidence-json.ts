// The evidence stored with a hit: the sentences that made it match, with UTF-16 offsets into the
// article's title or text, so the dashboard can highlight exactly the matched words.
import type { Evidence, MatchResult } from "../query/index.ts";

export interface StoredEvidence {
  field: "title" | "text";
  sentence: string;
  start: number;
  end: number;
  spans: [number, number][];
}

export function evidenceJson(result: MatchResult): StoredEvidence[] {
  return result.evidence.map((e: Evidence) => ({
    field: e.field,
    sentence: e.sentence,
    start: e.start,
    end: e.end,
    spans: e.spans.map(([s, t]) => [s, t] as [number, number]),
  }));
}
