// Evidence stored with a hit, read defensively: the column is JSON, so each item is checked
// before the dashboard trusts its offsets.
import type { StoredEvidence } from "@tidemark/themes/tagging";

function isSpan(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n) && n >= 0);
}

export function readEvidence(value: unknown): StoredEvidence[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): StoredEvidence[] => {
    if (typeof item !== "object" || item === null) return [];
    const e = item as Record<string, unknown>;
    if ((e.field !== "title" && e.field !== "text") || typeof e.sentence !== "string") return [];
    if (typeof e.start !== "number" || typeof e.end !== "number" || !Array.isArray(e.spans)) return [];
    return [
      { field: e.field, sentence: e.sentence, start: e.start, end: e.end, spans: e.spans.filter(isSpan) },
    ];
  });
}
