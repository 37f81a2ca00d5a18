// Evidence: the sentences that explain a hit. Offsets always refer to the original field text,
// so `field.slice(start, end) === sentence` and each span slices back to the matched words.
import { sentenceIndexAt } from "./sentences.ts";
import type { FieldName, PreparedDocument } from "./tokenize-document.ts";

/** Merged matched span: token positions `first..last` in field 0 (title) or 1 (text). */
export interface Mention {
  field: number;
  first: number;
  last: number;
  /** Distinct query literals found in this span. */
  literals: Set<number>;
}

export interface Evidence {
  field: FieldName;
  /** The sentence text (several adjacent sentences if a phrase crosses a boundary). */
  sentence: string;
  /** UTF-16 offsets of `sentence` in the original field text. */
  start: number;
  end: number;
  /** UTF-16 [start, end) offsets of every matched span in the sentence, in order. */
  spans: [number, number][];
}

interface Unit {
  field: number;
  firstSentence: number;
  lastSentence: number;
  start: number;
  end: number;
  spans: [number, number][];
  literals: Set<number>;
}

/**
 * Groups mentions by sentence and ranks sentences: more distinct query terms first (a sentence
 * with both "huawei" and "ban" explains `huawei AND ban` better than one with two "huawei"),
 * then more spans, then title before text, then earlier in the text.
 */
export function buildEvidence(doc: PreparedDocument, mentions: readonly Mention[], max: number): Evidence[] {
  if (max <= 0) return [];
  const units: Unit[] = [];
  let current: Unit | undefined;
  for (const mention of mentions) {
    const field = doc.fields[mention.field];
    if (!field) continue;
    const start = field.start[mention.first] ?? 0;
    const end = field.end[mention.last] ?? start;
    const sentences = field.sentences();
    const firstSentence = sentenceIndexAt(sentences, start);
    const lastSentence = sentenceIndexAt(sentences, Math.max(start, end - 1));
    if (current && current.field === mention.field && firstSentence <= current.lastSentence) {
      current.lastSentence = Math.max(current.lastSentence, lastSentence);
      current.end = Math.max(current.end, end, sentences[current.lastSentence]?.[1] ?? end);
      current.spans.push([start, end]);
      for (const literal of mention.literals) current.literals.add(literal);
      continue;
    }
    current = {
      field: mention.field,
      firstSentence,
      lastSentence,
      start: Math.min(start, sentences[firstSentence]?.[0] ?? start),
      end: Math.max(end, sentences[lastSentence]?.[1] ?? end),
      spans: [[start, end]],
      literals: new Set(mention.literals),
    };
    units.push(current);
  }
  units.sort(
    (a, b) =>
      b.literals.size - a.literals.size ||
      b.spans.length - a.spans.length ||
      a.field - b.field ||
      a.start - b.start,
  );
  return units.slice(0, max).map((unit) => {
    const field = unit.field === 0 ? doc.title : doc.text;
    return {
      field: field.name,
      sentence: field.source.slice(unit.start, unit.end),
      start: unit.start,
      end: unit.end,
      spans: unit.spans,
    };
  });
}
