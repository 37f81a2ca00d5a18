// Word splitting, shared by documents and query terms so a term and the text it should match are
// always cut into the same pieces. Normalisation (NFKC + case folding) happens on the fly, chunk
// by chunk, so every token keeps the UTF-16 offsets of the original text it came from even when
// normalisation changes lengths ("ﬁ" → "fi", "İ" → "i", "㍱" → "hpa").
//
// A word is a maximal run of letters, marks and digits. Everything else (spaces, punctuation,
// apostrophes, hyphens, symbols, emoji) separates words, so "Huawei's" is `huawei` + `s` and
// "anti-China" is `anti` + `china`. Characters of unsegmented scripts (CJK, Thai …) are one token
// each, together with any combining marks that follow them. Invisible format characters (soft
// hyphen, zero-width joiner …) are skipped without splitting the word.
import { charClass, IGNORABLE, joinsPrevious, MARK, UNSEGMENTED, WORD } from "./char-classes.ts";
import { foldChunk } from "./normalize.ts";

export interface TokenList {
  /** Normalised token texts; a token's index is its word position. */
  words: string[];
  /** UTF-16 offsets of each token in the original text: [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
  /** Whether each token is a single character of an unsegmented script. */
  unsegmented: boolean[];
}

// ASCII letters and digits (UPPER for A–Z); everything else below 0x80 separates words.
const UPPER = 2;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Z]/.test(ch) ? UPPER : /[0-9a-z]/.test(ch) ? 1 : 0;
}

export function tokenize(source: string): TokenList {
  const list: TokenList = { words: [], starts: [], ends: [], unsegmented: [] };
  const length = source.length;
  // The word being built. While `verbatim`, it is exactly source[wordStart, wordEnd) apart from
  // ASCII case, so its text is one slice + toLowerCase (the common case, and the fast one).
  let wordStart = -1;
  let wordEnd = -1;
  let verbatim = true;
  let upper = false; // whether the verbatim slice needs lowercasing
  let text = "";

  const flush = (): void => {
    if (wordStart < 0) return;
    const slice = verbatim ? source.slice(wordStart, wordEnd) : text;
    list.words.push(verbatim && upper ? slice.toLowerCase() : slice);
    list.starts.push(wordStart);
    list.ends.push(wordEnd);
    list.unsegmented.push(false);
    wordStart = -1;
  };
  const leaveVerbatim = (): void => {
    if (wordStart >= 0 && verbatim) {
      const slice = source.slice(wordStart, wordEnd);
      text = upper ? slice.toLowerCase() : slice;
    }
    verbatim = false;
  };

  let i = 0;
  while (i < length) {
    const unit = source.charCodeAt(i);
    // Fast path: ASCII not followed by anything that could combine with it.
    if (unit < 0x80 && (i + 1 >= length || source.charCodeAt(i + 1) < 0x300)) {
      const kind = ASCII_WORD[unit];
      if (kind !== 0) {
        if (wordStart < 0) {
          wordStart = i;
          verbatim = true;
          upper = kind === UPPER;
        } else if (verbatim) {
          if (kind === UPPER) upper = true;
        } else {
          text += kind === UPPER ? String.fromCharCode(unit + 32) : source.charAt(i);
        }
        wordEnd = i + 1;
      } else {
        flush();
      }
      i++;
      continue;
    }
    // General path: a character plus whatever composes with it, normalised as one chunk.
    const first = source.codePointAt(i) ?? unit;
    let end = i + (first > 0xffff ? 2 : 1);
    while (end < length) {
      const cp = source.codePointAt(end) ?? 0;
      if (!joinsPrevious(cp)) break;
      end += cp > 0xffff ? 2 : 1;
    }
    if (end === i + 1 && (charClass(first) & IGNORABLE) !== 0) {
      leaveVerbatim(); // the word continues, but its source slice now contains the ignorable
      i = end;
      continue;
    }
    const folded = foldChunk(source.slice(i, end));
    let k = 0;
    while (k < folded.length) {
      const cp = folded.codePointAt(k) ?? 0;
      let next = k + (cp > 0xffff ? 2 : 1);
      const cls = charClass(cp);
      if ((cls & WORD) !== 0 && (cls & UNSEGMENTED) !== 0) {
        flush();
        while (next < folded.length) {
          const mark = folded.codePointAt(next) ?? 0;
          if ((charClass(mark) & MARK) === 0) break;
          next += mark > 0xffff ? 2 : 1;
        }
        list.words.push(folded.slice(k, next));
        list.starts.push(i);
        list.ends.push(end);
        list.unsegmented.push(true);
      } else if ((cls & WORD) !== 0) {
        if (wordStart < 0) {
          wordStart = i;
          verbatim = false;
          text = "";
        } else {
          leaveVerbatim();
        }
        text += folded.slice(k, next);
        wordEnd = end;
      } else {
        flush();
      }
      k = next;
    }
    i = end;
  }
  flush();
  return list;
}
