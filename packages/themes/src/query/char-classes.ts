// Character classes shared by the query lexer, the document tokenizer and the SQL prefilter.
// The same range tables feed both the JavaScript side and the generated PostgreSQL expression,
// so "what is a word" cannot drift between the matcher and the database prefilter.

/** Bit flags stored per code point. */
export const WORD = 1; // letter, mark or number: part of a word
export const UNSEGMENTED = 2; // script written without spaces: every character is its own token
export const MARK = 4; // combining mark: belongs to the preceding character
export const IGNORABLE = 8; // invisible format character (soft hyphen, ZWJ …): dropped entirely

type Range = readonly [number, number];

/**
 * Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar). Terms in these
 * scripts match as substrings; NEAR distances count characters.
 */
export const UNSEGMENTED_RANGES: readonly Range[] = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1000, 0x109f], // Myanmar
  [0x1100, 0x11ff], // Hangul Jamo
  [0x1780, 0x17ff], // Khmer
  [0x19e0, 0x19ff], // Khmer symbols
  [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
  [0x3005, 0x3007], // 々 〆 〇
  [0x3021, 0x3029], // Hangzhou numerals
  [0x3031, 0x3035], // kana repeat marks
  [0x3038, 0x303c], // 〸 〹 〺 〻 〼
  [0x3040, 0x31ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun …
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xaa60, 0xaa7f], // Myanmar extended A
  [0xac00, 0xd7ff], // Hangul syllables, Jamo extended B
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xff66, 0xff9f], // half-width Katakana (NFKC maps these into the Katakana block anyway)
  [0xffa0, 0xffdc], // half-width Hangul
  [0x16fe0, 0x16fff], // ideographic symbols
  [0x1b000, 0x1b2ff], // Kana supplement / extended
  [0x20000, 0x3ffff], // CJK extensions B and later
];

/**
 * Unsegmented characters the prefilter indexes one by one: in the prefilter vector each becomes
 * a lexeme of its own, so a Chinese, Japanese or Korean term can be prefiltered as the AND of its
 * characters instead of forcing a scan of every article. PostgreSQL (glibc, C.UTF-8) counts all
 * of these as alphanumeric and lower() leaves them unchanged (checked by the Postgres tests).
 */
export const CHAR_LEXEME_RANGES: readonly Range[] = [
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xac00, 0xd7a3], // Hangul syllables
];

/**
 * Invisible characters that must not split words ("Hua\u00ADwei" is "Huawei"). U+200B (zero
 * width space) is deliberately absent: Thai and Khmer text uses it as a word separator.
 */
export const IGNORABLE_CODE_POINTS: readonly number[] = [
  0x00ad, 0x034f, 0x061c, 0x180b, 0x180c, 0x180d, 0x180e, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b,
  0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfe00,
  0xfe01, 0xfe02, 0xfe03, 0xfe04, 0xfe05, 0xfe06, 0xfe07, 0xfe08, 0xfe09, 0xfe0a, 0xfe0b, 0xfe0c, 0xfe0d,
  0xfe0e, 0xfe0f, 0xfeff,
];

/**
 * Symbols that PostgreSQL (glibc) counts as alphanumeric although Unicode does not (🅰, 🅱 …).
 * The prefilter expression turns them into spaces so they cannot glue onto a neighbouring word.
 */
export const PG_ONLY_ALNUM_RANGES: readonly Range[] = [[0x1f100, 0x1f1ff]];

/**
 * Code point ranges where PostgreSQL's `[[:alnum:]]` and `lower()` (glibc, C.UTF-8) were checked to
 * agree with this module's Unicode tables: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Syriac, Thaana, N'Ko, Georgian, Latin/Greek extended. Query words made only of letters and
 * digits from these ranges can be turned into tsquery lexemes; anything else is not prefiltered.
 * `test/query/tsquery-postgres.test.ts` re-checks the agreement against the live server.
 */
export const PREFILTER_SAFE_RANGES: readonly Range[] = [
  [0x0030, 0x07ff],
  [0x10a0, 0x10ff],
  [0x1e00, 0x1fff],
];

/**
 * Safe-range letters that are also the lowercase of a letter newer than glibc's tables: "Ɤ"
 * (U+A7CB) folds to "ɤ" here but PostgreSQL does not know it is a letter at all, so a document's
 * "Ɤ" would never produce the lexeme 'ɤ'. Words containing these are not prefiltered.
 */
const PREFILTER_UNSAFE = new Set([0x0264, 0x019b]);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;
const SAFE_CHAR = /[\p{L}\p{Nd}]/u;

function inRanges(cp: number, ranges: readonly Range[]): boolean {
  for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
  return false;
}

const IGNORABLE_SET = new Set(IGNORABLE_CODE_POINTS);

function computeClass(cp: number): number {
  if (IGNORABLE_SET.has(cp)) return IGNORABLE;
  const ch = String.fromCodePoint(cp);
  if (!WORD_CHAR.test(ch)) return 0;
  let flags = WORD;
  if (MARK_CHAR.test(ch)) flags |= MARK;
  if (inRanges(cp, UNSEGMENTED_RANGES)) flags |= UNSEGMENTED;
  return flags;
}

// A lookup table for the Basic Multilingual Plane keeps the per-character cost of tokenizing an
// article to an array read; astral code points (rare outside CJK extensions and emoji) are cached.
const BMP = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) {
  if (cp < 0xd800 || cp > 0xdfff) BMP[cp] = computeClass(cp);
}
const astral = new Map<number, number>();

export function charClass(cp: number): number {
  if (cp < 0x10000) return BMP[cp] ?? 0;
  let flags = astral.get(cp);
  if (flags === undefined) {
    flags = computeClass(cp);
    astral.set(cp, flags);
  }
  return flags;
}

/**
 * Whether a character must stay in the same normalisation chunk as the one before it: combining
 * marks, Hangul medial vowels/finals and half-width voicing marks compose with their predecessor
 * under NFKC, so normalising them separately would give a different string.
 */
export function joinsPrevious(cp: number): boolean {
  if (cp < 0x300) return false;
  if ((charClass(cp) & MARK) !== 0) return true;
  return (cp >= 0x1160 && cp <= 0x11ff) || cp === 0xff9e || cp === 0xff9f;
}

/** True for a (normalised) character that may appear in a tsquery lexeme. */
export function isPrefilterSafe(cp: number): boolean {
  return (
    inRanges(cp, PREFILTER_SAFE_RANGES) &&
    !PREFILTER_UNSAFE.has(cp) &&
    SAFE_CHAR.test(String.fromCodePoint(cp))
  );
}

export function isCharLexeme(cp: number): boolean {
  return CHAR_LEXEME_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** `ranges` minus `holes`, for building character classes. */
export function subtractRanges(ranges: readonly Range[], holes: readonly Range[]): Range[] {
  let out: Range[] = [...ranges];
  for (const [hlo, hhi] of holes) {
    out = out.flatMap(([lo, hi]): Range[] => {
      if (hhi < lo || hlo > hi) return [[lo, hi]];
      const parts: Range[] = [];
      if (lo < hlo) parts.push([lo, hlo - 1]);
      if (hi > hhi) parts.push([hhi + 1, hi]);
      return parts;
    });
  }
  return out;
}
