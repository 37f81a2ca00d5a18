// Length measures that treat scripts fairly. One Han/Kana/Hangul character carries about as much
// text as a short Latin word, so raw character counts would make Chinese paragraphs look like
// boilerplate-sized snippets and English ones look three times "longer" than they are.

/** Weight of one Han/Kana character relative to one Latin letter, for block-size decisions. */
const HAN_KANA_WEIGHT = 3;
/** Hangul syllables are denser than letters too, but Korean separates words with spaces. */
const HANGUL_WEIGHT = 2;

/** Non-whitespace characters, Han/Kana and Hangul weighted up. */
export function effectiveLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) continue;
    if (code < 0x1100) {
      length += 1;
      continue;
    }
    if (isHanOrKana(code)) length += HAN_KANA_WEIGHT;
    else if (isHangul(code)) length += HANGUL_WEIGHT;
    else if (code !== 0xa0 && code !== 0x3000) length += 1;
  }
  return length;
}

/** Han ideographs (incl. extension A and compatibility) and Hiragana/Katakana. */
export function isHanOrKana(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}

function isHangul(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  );
}

/**
 * Word count rule: every Han or Kana character counts as one word (Chinese and Japanese do not
 * separate words with spaces, and one character is roughly one morpheme); every other maximal run
 * of letters/digits counts as one word, which includes Korean, whose words are space-separated.
 * So "Hello world" = 2, "你好世界" = 4, "Tidemark 追踪新闻" = 5, "한국 뉴스" = 2.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      // ASCII fast path: letters and digits; apostrophe and hyphen inside a word.
      const alnum =
        (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
      if (alnum) {
        if (!inWord) words++;
        inWord = true;
      } else inWord = inWord && (code === 0x27 || code === 0x2d);
    } else if (isHanOrKana(code)) {
      words++;
      inWord = false;
    } else if (/[\p{L}\p{N}]/u.test(char) || (inWord && /[\p{M}'’-]/u.test(char))) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return words;
}
