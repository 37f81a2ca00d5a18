// A document tokenized once and shared by every compiled query: the tagger runs ~30 themes per
// article, so normalisation, word splitting and the word → positions index are built here once,
// and sentence boundaries only when some query actually needs evidence.
import { type SentenceRange, segmentSentences } from "./sentences.ts";
import { tokenize } from "./tokenize.ts";

export interface DocumentInput {
  title: string;
  text: string;
}

export type FieldName = "title" | "text";

export class PreparedField {
  readonly name: FieldName;
  /** The original, un-normalised field text. */
  readonly source: string;
  /** Normalised token texts, in order; a token's index is its word position. */
  readonly words: readonly string[];
  /** UTF-16 offsets of each token in `source`. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  private readonly index = new Map<string, number[]>();
  private buckets: Map<string, string[]> | undefined;
  private readonly prefixCache = new Map<string, readonly number[]>();
  private sentenceRanges: SentenceRange[] | undefined;

  constructor(name: FieldName, source: string) {
    this.name = name;
    this.source = source;
    const tokens = tokenize(source);
    const count = tokens.words.length;
    this.words = tokens.words;
    this.start = Int32Array.from(tokens.starts);
    this.end = Int32Array.from(tokens.ends);
    for (let i = 0; i < count; i++) {
      const word = tokens.words[i] ?? "";
      const positions = this.index.get(word);
      if (positions) positions.push(i);
      else this.index.set(word, [i]);
    }
  }

  /** Positions of tokens equal to `word` (ascending). */
  positionsOf(word: string): readonly number[] {
    return this.index.get(word) ?? [];
  }

  /** Positions of tokens starting with `prefix` (ascending); `prefix` has at least 2 units. */
  positionsWithPrefix(prefix: string): readonly number[] {
    const cached = this.prefixCache.get(prefix);
    if (cached) return cached;
    // Distinct words bucketed by their first two UTF-16 units (wildcards need two characters):
    // built once per document on first use, far cheaper than sorting the vocabulary.
    if (!this.buckets) {
      this.buckets = new Map();
      for (const word of this.index.keys()) {
        const key = word.slice(0, 2);
        const bucket = this.buckets.get(key);
        if (bucket) bucket.push(word);
        else this.buckets.set(key, [word]);
      }
    }
    const positions: number[] = [];
    let groups = 0;
    // A shorter prefix (only from hand-built ASTs) falls back to scanning every distinct word.
    const words = prefix.length >= 2 ? (this.buckets.get(prefix.slice(0, 2)) ?? []) : this.index.keys();
    for (const word of words) {
      if (!word.startsWith(prefix)) continue;
      for (const p of this.index.get(word) ?? []) positions.push(p);
      groups++;
    }
    if (groups > 1) positions.sort((a, b) => a - b);
    this.prefixCache.set(prefix, positions);
    return positions;
  }

  /** Sentence boundaries, computed on first use. */
  sentences(): readonly SentenceRange[] {
    this.sentenceRanges ??= segmentSentences(this.source);
    return this.sentenceRanges;
  }
}

export class PreparedDocument {
  readonly title: PreparedField;
  readonly text: PreparedField;
  readonly fields: readonly [PreparedField, PreparedField];

  constructor(doc: DocumentInput) {
    this.title = new PreparedField("title", doc.title);
    this.text = new PreparedField("text", doc.text);
    this.fields = [this.title, this.text];
  }
}

/** Tokenize a document once; pass the result to any number of `matcher.match()` calls. */
export function prepareDocument(doc: DocumentInput): PreparedDocument {
  return new PreparedDocument(doc);
}
