// The quotes dev set (PolNeAR train + dev, ../shared/data/quotes-dev/articles.jsonl): articles with
// annotated attributions. Direct quotes are the annotated content spans enclosed in quotation
// marks (see isDirectContent); the rest (indirect and mixed speech) are not scored.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const articleSchema = z.object({
  id: z.string().min(1),
  split: z.string(),
  publisher: z.string(),
  text: z.string(),
  attributions: z.array(
    z.object({ source: spanSchema.nullable(), cue: spanSchema.nullable(), content: spanSchema.nullable() }),
  ),
});

/** An annotated content span with its annotated source (null when the annotation names none). */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly source: { readonly start: number; readonly end: number } | null;
}

export interface GoldQuote extends GoldSpan {
  /**
   * "enclosed": the whole span is inside quotation marks (the primary definition of direct).
   * "mostly-quoted": not enclosed, but at least half of its letters are inside quotation marks
   * ("that “…”", "But, she added, ''…''") — scored only in the broader definition.
   */
  readonly kind: "enclosed" | "mostly-quoted";
}

export interface QuoteArticle {
  readonly id: string;
  readonly publisher: string;
  readonly text: string;
  readonly part: "tuning" | "held-out";
  readonly gold: readonly GoldQuote[];
  /**
   * The "quoted" measure's gold (inferred from the issue, see docs/quotes.md): every annotated
   * content span whose text holds a pair of double quotation marks, whatever else it holds.
   */
  readonly quoted: readonly GoldSpan[];
  /** Every annotated content span (direct or not), for the "any content" precision. */
  readonly contents: readonly { readonly start: number; readonly end: number }[];
}

const OPENING = /^(?:''|[“"„«‘'»”])/u;
const CLOSING = /(?:''|[”"»’'“«])$/u;

/**
 * A content span is a direct quote when, ignoring surrounding whitespace and punctuation after the
 * closing mark, it begins with an opening quotation mark and ends with a closing one.
 */
export function isDirectContent(content: string): boolean {
  const trimmed = content.trim().replace(/[\s.,;:!?]+$/u, "");
  return trimmed.length >= 2 && OPENING.test(trimmed) && CLOSING.test(trimmed);
}

/** About a quarter of the articles, chosen by a hash of the id, are held out from tuning. */
export function partOf(id: string): "tuning" | "held-out" {
  const digest = createHash("sha256").update(id).digest();
  return digest.readUInt32BE(0) % 4 === 0 ? "held-out" : "tuning";
}

const QUOTED_PART = /“[^“”]*”|"[^"]*"|''(?:(?!'').)*''|„[^“”„]*[“”]|«[^«»]*»|‘[^‘’]*’/gsu;
const LETTER = /[\p{L}\p{N}]/gu;
const DOUBLE_QUOTED_PAIR = /“[^“”]*”|"[^"]*"|''(?:(?!'').)*''|„[^“”„]*[“”]|«[^«»]*»/su;

/** True when a content span holds a passage between a pair of double quotation marks. */
export function hasQuotedPassage(content: string): boolean {
  return DOUBLE_QUOTED_PAIR.test(content);
}

/** Share of a span's letters and digits that sit between a pair of quotation marks. */
export function quotedShare(content: string): number {
  const total = content.match(LETTER)?.length ?? 0;
  if (total === 0) return 0;
  let quoted = 0;
  for (const m of content.matchAll(QUOTED_PART)) quoted += m[0].match(LETTER)?.length ?? 0;
  return quoted / total;
}

export async function loadQuoteArticles(dataDir: string): Promise<QuoteArticle[]> {
  const raw = await readFile(join(dataDir, "quotes-dev", "articles.jsonl"), "utf8");
  const lines = raw.split("\n").filter((line) => line.trim() !== "");
  return lines.map((line, index) => {
    const parsed = articleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`quotes-dev line ${index + 1}: ${z.prettifyError(parsed.error)}`);
    const article = parsed.data;
    const gold: GoldQuote[] = [];
    const quoted: GoldSpan[] = [];
    const contents: { start: number; end: number }[] = [];
    for (const a of article.attributions) {
      const c = a.content;
      if (!c || c.end <= c.start) continue;
      contents.push({ start: c.start, end: c.end });
      const source =
        a.source && a.source.end > a.source.start ? { start: a.source.start, end: a.source.end } : null;
      if (hasQuotedPassage(c.text)) quoted.push({ start: c.start, end: c.end, source });
      const kind = isDirectContent(c.text) ? "enclosed" : quotedShare(c.text) >= 0.5 ? "mostly-quoted" : null;
      if (kind === null) continue;
      gold.push({ kind, start: c.start, end: c.end, source });
    }
    return {
      id: article.id,
      publisher: article.publisher,
      text: article.text,
      part: partOf(article.id),
      gold,
      quoted,
      contents,
    };
  });
}
