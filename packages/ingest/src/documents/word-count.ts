// Words for word counts: runs of letters/digits in spaced scripts, and each ideograph/kana/hangul
// syllable in CJK text (which has no spaces), so counts are comparable across languages.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const spaced = text.replace(CJK, " ").match(WORD)?.length ?? 0;
  return cjk + spaced;
}
