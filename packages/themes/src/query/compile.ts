// Compiles an AST into a matcher over prepared documents. The positive hits that make the query
// true (see evaluate.ts) become mentions, the score and the evidence sentences.
import { type QueryNode, requiresPositive } from "./ast.ts";
import { byPosition, Compiler, type Hit } from "./evaluate.ts";
import { buildEvidence, type Evidence, type Mention } from "./evidence.ts";
import { type DocumentInput, PreparedDocument } from "./tokenize-document.ts";

export interface MatchOptions {
  /** Maximum evidence sentences to return (default 5). 0 skips sentence segmentation entirely. */
  maxEvidence?: number;
}

export interface MatchedSpan {
  field: "title" | "text";
  /** UTF-16 offsets into the original field text. */
  start: number;
  end: number;
}

export interface MatchResult {
  /** Matched spans (overlapping ones merged) that made the query true, title + text. */
  mentions: number;
  titleMentions: number;
  textMentions: number;
  /** `textMentions + TITLE_WEIGHT × titleMentions`. */
  score: number;
  /** Every matched span, for highlighting, in document order (title first). */
  spans: MatchedSpan[];
  /** The most informative sentences containing matched spans, best first. */
  evidence: Evidence[];
}

export interface CompiledQuery {
  match(doc: PreparedDocument | DocumentInput, options?: MatchOptions): MatchResult | null;
  /** Whether the document matches, without computing mentions or evidence. */
  test(doc: PreparedDocument | DocumentInput): boolean;
}

/** A title mention counts as much as this many body mentions. */
export const TITLE_WEIGHT = 3;
export const DEFAULT_MAX_EVIDENCE = 5;

/** Merge overlapping hits into mentions, remembering which literals each mention contains. */
function toMentions(hits: Hit[]): Mention[] {
  hits.sort(byPosition);
  const mentions: Mention[] = [];
  let current: Mention | undefined;
  for (const hit of hits) {
    if (current && current.field === hit.field && hit.first <= current.last) {
      current.last = Math.max(current.last, hit.last);
      current.literals.add(hit.literal);
    } else {
      current = { field: hit.field, first: hit.first, last: hit.last, literals: new Set([hit.literal]) };
      mentions.push(current);
    }
  }
  return mentions;
}

function prepared(doc: PreparedDocument | DocumentInput): PreparedDocument {
  return doc instanceof PreparedDocument ? doc : new PreparedDocument(doc);
}

/** Build a matcher. Only ASTs that need a positive term (as `parseQuery` guarantees) are accepted. */
export function compileQuery(ast: QueryNode): CompiledQuery {
  if (!requiresPositive(ast)) {
    throw new TypeError("compileQuery: the query has no positive term and would match every document");
  }
  const compiler = new Compiler();
  const test = compiler.tester(ast);
  const evaluate = compiler.evaluator(ast);
  return {
    test: (doc) => test(prepared(doc)),
    match(input, options = {}) {
      const doc = prepared(input);
      // The boolean test rejects most documents without allocating any hits.
      const hits = test(doc) ? evaluate(doc) : null;
      if (hits === null) return null;
      const mentions = toMentions(hits);
      const titleMentions = mentions.filter((m) => m.field === 0).length;
      const textMentions = mentions.length - titleMentions;
      return {
        mentions: mentions.length,
        titleMentions,
        textMentions,
        score: textMentions + TITLE_WEIGHT * titleMentions,
        spans: mentions.map((m) => {
          const field = doc.fields[m.field] ?? doc.text;
          return { field: field.name, start: field.start[m.first] ?? 0, end: field.end[m.last] ?? 0 };
        }),
        evidence: buildEvidence(doc, mentions, options.maxEvidence ?? DEFAULT_MAX_EVIDENCE),
      };
    },
  };
}
