// Finds quoted stretches of text for every common quotation-mark style: “…”, "…", „…“, «…»,
// ''…'' (doubled apostrophes, as some newspapers print), and ‘…’ / '…' where the marks cannot be
// apostrophes. A paragraph that opens a quote without closing it continues into the next paragraph
// when that one reopens the quote (the usual multi-paragraph convention).
import { type Paragraph, paragraphs } from "./paragraphs.ts";

export interface QuotedSegment {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark (or the end of the paragraph when never closed). */
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly closed: boolean;
  readonly style: "double" | "single";
  /** Index of the paragraph holding the opening mark. */
  readonly paragraph: number;
  /** Index of the paragraph holding the end. */
  readonly lastParagraph: number;
}

interface Open {
  start: number;
  innerStart: number;
  opener: string;
  paragraph: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** Length of the opening double mark at `at`, or 0 when none opens there. */
function openingDoubleAt(text: string, at: number): number {
  const ch = text[at];
  if (ch === "“" || ch === "„" || ch === "«" || ch === '"') return 1;
  if (ch === "'" && text[at + 1] === "'") return 2;
  return 0;
}

export function findQuotedSegments(text: string): QuotedSegment[] {
  const paras = paragraphs(text);
  const doubles = scanDoubles(text, paras);
  const singles = scanSingles(text, paras, doubles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

function scanDoubles(text: string, paras: readonly Paragraph[]): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let open: Open | null = null;
  let skipReopenAt = -1;
  const emit = (o: Open, closeAt: number, closeLength: number, paragraph: number, closed: boolean) => {
    out.push({
      start: o.start,
      end: closeAt + closeLength,
      innerStart: o.innerStart,
      innerEnd: closeAt,
      closed,
      style: "double",
      paragraph: o.paragraph,
      lastParagraph: paragraph,
    });
  };
  paras.forEach((para, k) => {
    let i = para.start;
    while (i < para.end) {
      const ch = text[i] as string;
      if (i === skipReopenAt) {
        i += openingDoubleAt(text, i);
        skipReopenAt = -1;
        continue;
      }
      if (ch === "'") {
        let n = 1;
        while (text[i + n] === "'") n += 1;
        if (n >= 2) {
          if (open) {
            emit(open, i + n - 2, 2, k, true);
            open = null;
          } else if (isWordChar(text[i + n]) || text[i + n] === "'" || !isSpace(text[i + 2])) {
            open = { start: i, innerStart: i + 2, opener: "''", paragraph: k };
          }
        }
        i += n;
        continue;
      }
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = text[i + 1];
      const leftFlanking = isSpace(prev) || /[([{—–\-/]/u.test(prev ?? " ");
      if ((ch === "“" || ch === "„" || ch === "«") && open && i === open.innerStart) {
        // A doubled opening of two styles ("“): one opening mark.
        open = { ...open, innerStart: i + 1, opener: ch };
      } else if (ch === '"' && !open && (prev === "”" || prev === "»") && out[out.length - 1]?.end === i) {
        // A doubled closing of two styles (”"): the quote ends after both marks.
        const last = out.pop() as QuotedSegment;
        out.push({ ...last, end: i + 1 });
      } else if (ch === "“" || ch === "„" || ch === "«") {
        if (open && ch === "“" && (open.opener === "„" || !leftFlanking)) {
          emit(open, i, 1, k, true);
          open = null;
        } else {
          if (open) emit(open, trimEnd(text, i), 0, k, false);
          open = { start: i, innerStart: i + 1, opener: ch, paragraph: k };
        }
      } else if (ch === "”" || ch === "»") {
        if (open) {
          emit(open, i, 1, k, true);
          open = null;
        } else if (ch === "”" && leftFlanking && isWordChar(next)) {
          open = { start: i, innerStart: i + 1, opener: ch, paragraph: k };
        }
      } else if (ch === '"') {
        if (open && !(leftFlanking && !isSpace(next) && open.opener !== '"')) {
          emit(open, i, 1, k, true);
          open = null;
        } else if (!isSpace(next)) {
          if (open) emit(open, trimEnd(text, i), 0, k, false);
          open = { start: i, innerStart: i + 1, opener: ch, paragraph: k };
        }
      }
      i += 1;
    }
    if (open) {
      const nextPara = paras[k + 1];
      // The next paragraph reopens the same quote only with the same style of mark: a writer keeps
      // one convention, so "…\n\n“…” opens a new quotation (often a quoted excerpt's inner quote).
      if (
        nextPara &&
        openingDoubleAt(text, nextPara.start) > 0 &&
        sameFamily(open.opener, text, nextPara.start)
      ) {
        skipReopenAt = nextPara.start;
      } else {
        emit(open, para.end, 0, k, false);
        open = null;
      }
    }
  });
  return out;
}

/** Marks that pair with each other: straight, curly, doubled apostrophes, low-9 and guillemets. */
function markFamily(mark: string): string {
  if (mark === "“" || mark === "”") return "curly";
  if (mark === "„") return "low";
  if (mark === "«" || mark === "»") return "guillemet";
  if (mark === "''") return "apostrophes";
  return "straight";
}

function sameFamily(opener: string, text: string, at: number): boolean {
  const mark = openingDoubleAt(text, at) === 2 ? "''" : (text[at] as string);
  return markFamily(opener) === markFamily(mark);
}

function trimEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && isSpace(text[end - 1])) end -= 1;
  return end;
}

function scanSingles(
  text: string,
  paras: readonly Paragraph[],
  doubles: readonly QuotedSegment[],
): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  // Doubles are in text order and do not overlap: walk them alongside the scan.
  let d = 0;
  const insideDouble = (at: number) => {
    while (d < doubles.length && (doubles[d] as QuotedSegment).end <= at) d += 1;
    const next = doubles[d];
    return next !== undefined && at >= next.start;
  };
  paras.forEach((para, k) => {
    let openAt = -1;
    for (let i = para.start; i < para.end; i += 1) {
      const ch = text[i];
      if (ch !== "'" && ch !== "‘" && ch !== "’") continue;
      if (text[i + 1] === "'" || text[i - 1] === "'") continue;
      if (insideDouble(i)) {
        openAt = -1;
        continue;
      }
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = text[i + 1];
      const opens =
        (ch === "‘" || ch === "'") && (isSpace(prev) || /[([{—–\-/]/u.test(prev ?? " ")) && isWordChar(next);
      const closes =
        (ch === "’" || ch === "'") && !isSpace(prev) && !isWordChar(next) && openAt >= 0 && i - openAt > 1;
      if (closes) {
        out.push({
          start: openAt,
          end: i + 1,
          innerStart: openAt + 1,
          innerEnd: i,
          closed: true,
          style: "single",
          paragraph: k,
          lastParagraph: k,
        });
        openAt = -1;
      } else if (opens && openAt < 0) {
        openAt = i;
      }
    }
  });
  return out;
}
