// Sentence boundaries for evidence. ICU's sentence segmenter does not break at a bare newline
// ("Headline\nBody starts"), but extracted article text uses newlines between paragraphs, list
// items and captions, so each line is segmented on its own.

/** [start, end) UTF-16 offsets of each sentence, trimmed of surrounding whitespace. */
export type SentenceRange = readonly [number, number];

const segmenter = new Intl.Segmenter("und", { granularity: "sentence" });
const LINE = /[^\r\n\u2028\u2029\u0085]+/g;
const SPACE = /\s/u;

function isSpace(text: string, index: number): boolean {
  return SPACE.test(text.charAt(index));
}

export function segmentSentences(text: string): SentenceRange[] {
  const sentences: [number, number][] = [];
  for (const line of text.matchAll(LINE)) {
    const lineStart = line.index;
    for (const segment of segmenter.segment(line[0])) {
      let start = lineStart + segment.index;
      let end = start + segment.segment.length;
      while (start < end && isSpace(text, start)) start++;
      while (end > start && isSpace(text, end - 1)) end--;
      if (end > start) sentences.push([start, end]);
    }
  }
  return sentences;
}

/** Index of the sentence containing `offset`, or of the closest one before it. */
export function sentenceIndexAt(sentences: readonly SentenceRange[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid];
    if (sentence === undefined) break;
    if (sentence[0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
