// Dates written for humans, in many languages and orders: "9. Oktober 2020", "October 9th, 2020",
// "9 de octubre de 2020", "09.10.2020", "10/09/2020", "2020年10月9日", "2020. 10. 9.".
import { MONTH_NAME_PATTERN, monthFromName } from "./months.ts";
import { type DateParts, makeDay } from "./parts.ts";

export interface TextDate {
  readonly parts: DateParts;
  /** Offset of the match in the searched text. */
  readonly index: number;
}

export interface TextDateOptions {
  /** Read ambiguous a/b/yyyy as month/day (US usage). Default: day/month. */
  readonly monthFirst?: boolean;
}

type Order = "ymd" | "dmy" | "mdy" | "ambiguous";

interface Pattern {
  readonly regex: RegExp;
  readonly order: Order;
  /** Group holding a month name instead of a number. */
  readonly named?: boolean;
}

// Letters/digits must not touch a match ("12019-10-09", "x2020"); Unicode-aware on purpose.
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";
const MONTH = `(${MONTH_NAME_PATTERN})\\.?`;
const ORDINAL = "(?:st|nd|rd|th|er|e|º|°|\\.)?";

const PATTERNS: readonly Pattern[] = [
  { regex: new RegExp(`${START}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)`, "gu"), order: "ymd" },
  { regex: new RegExp(`${START}(\\d{4})[./]\\s?(\\d{1,2})[./]\\s?(\\d{1,2})(?!\\d)`, "gu"), order: "ymd" },
  { regex: new RegExp(`${START}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${END}`, "gu"), order: "dmy" },
  { regex: new RegExp(`${START}(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})${END}`, "gu"), order: "ambiguous" },
  {
    regex: new RegExp(
      `${START}(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|of\\s+)?${MONTH}(?:,|\\s)*(?:de\\s+|del\\s+)?(\\d{4})${END}`,
      "giu",
    ),
    order: "dmy",
    named: true,
  },
  {
    regex: new RegExp(`${START}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${END}`, "giu"),
    order: "mdy",
    named: true,
  },
  {
    regex: new RegExp(`${START}(\\d{4})\\.?\\s+${MONTH}\\s+(\\d{1,2})${END}`, "giu"),
    order: "ymd",
    named: true,
  },
  { regex: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/gu, order: "ymd" },
  { regex: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:,|\s)+(?:năm\s+)?(\d{4})(?!\d)/giu, order: "dmy" },
];

/** All full dates (day, month and year) in the text, in order of appearance. */
export function findTextDates(raw: string, options: TextDateOptions = {}): TextDate[] {
  // Full-width digits (CJK pages) read as ASCII ones; one UTF-16 unit each, so indexes hold.
  const text = raw.replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  // Every pattern needs a four-digit year: skip the regex work for text without one.
  if (!/\d{4}/.test(text)) return [];
  const found: TextDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      const parts = toParts(match, pattern, options.monthFirst === true);
      if (parts !== null) found.push({ parts, index: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function toParts(match: RegExpMatchArray, pattern: Pattern, monthFirst: boolean): DateParts | null {
  const [, a = "", b = "", c = ""] = match;
  const number = (value: string): number =>
    pattern.named ? (monthFromName(value) ?? Number.NaN) : Number(value);
  switch (pattern.order) {
    case "ymd":
      return makeDay(Number(a), pattern.named ? number(b) : Number(b), Number(c));
    case "dmy":
      return makeDay(Number(c), pattern.named ? number(b) : Number(b), Number(a));
    case "mdy":
      return makeDay(Number(c), number(a), Number(b));
    case "ambiguous": {
      const first = Number(a);
      const second = Number(b);
      // Only one reading is a valid date when a number exceeds 12; otherwise follow the locale.
      const dayFirst = first > 12 ? true : second > 12 ? false : !monthFirst;
      return dayFirst ? makeDay(Number(c), second, first) : makeDay(Number(c), first, second);
    }
  }
}
