// Query evaluation over a prepared document, in two forms: a boolean test that short-circuits
// (most articles match none of a theme's terms, so the tagger mostly runs this), and a full
// evaluation that collects the positive hits (literal occurrences outside NOT) that make the
// query true.
import type { LiteralNode, QueryNode, WordPattern } from "./ast.ts";
import { formatLiteral } from "./format.ts";
import type { PreparedDocument, PreparedField } from "./tokenize-document.ts";

/** A literal occurrence: token positions `first..last` (inclusive) in field 0 (title) or 1 (text). */
export interface Hit {
  field: number;
  first: number;
  last: number;
  /** Which distinct literal of the query produced it (for ranking evidence). */
  literal: number;
}

/** Positive hits when the subtree is true (possibly none, e.g. for NOT), null when false. */
export type Evaluate = (doc: PreparedDocument) => Hit[] | null;
export type Test = (doc: PreparedDocument) => boolean;

function wordMatches(token: string | undefined, word: WordPattern): boolean {
  if (token === undefined) return false;
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

function candidates(field: PreparedField, head: WordPattern): readonly number[] {
  return head.prefix ? field.positionsWithPrefix(head.text) : field.positionsOf(head.text);
}

/** Start positions of `words` appearing on consecutive tokens of `field`. */
function occurrences(field: PreparedField, words: readonly WordPattern[]): readonly number[] {
  const [head, ...rest] = words;
  if (head === undefined) return [];
  const starts = candidates(field, head);
  if (rest.length === 0) return starts;
  return starts.filter((p) => rest.every((word, k) => wordMatches(field.words[p + k + 1], word)));
}

function occursIn(field: PreparedField, words: readonly WordPattern[]): boolean {
  const [head, ...rest] = words;
  if (head === undefined) return false;
  const starts = candidates(field, head);
  if (rest.length === 0) return starts.length > 0;
  return starts.some((p) => rest.every((word, k) => wordMatches(field.words[p + k + 1], word)));
}

export function byPosition(a: Hit, b: Hit): number {
  return a.field - b.field || a.first - b.first || a.last - b.last;
}

/** Hits of `left` and `right` that have a partner on the other side within `distance` words. */
function near(left: Evaluate, right: Evaluate, distance: number): Evaluate {
  return (doc) => {
    const lefts = left(doc);
    if (lefts === null) return null;
    const rights = right(doc);
    if (rights === null) return null;
    rights.sort(byPosition);
    const longest = rights.reduce((max, hit) => Math.max(max, hit.last - hit.first), 0);
    const used = new Set<Hit>();
    for (const a of lefts) {
      // Only right hits starting in [a.first - distance - longest, a.last + distance] can qualify.
      let lo = 0;
      let hi: number = rights.length;
      const from = a.first - distance - longest;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const hit = rights[mid];
        if (hit && (hit.field < a.field || (hit.field === a.field && hit.first < from))) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < rights.length; k++) {
        const b = rights[k];
        if (!b || b.field !== a.field || b.first > a.last + distance) break;
        // Spans must not overlap: `huawei NEAR/5 huawei` needs two different mentions.
        const gap = b.first > a.last ? b.first - a.last : a.first > b.last ? a.first - b.last : 0;
        if (gap >= 1 && gap <= distance) {
          used.add(a);
          used.add(b);
        }
      }
    }
    return used.size === 0 ? null : [...used];
  };
}

export class Compiler {
  /** Distinct literals by canonical text, so `huawei OR (huawei NEAR/3 ban)` counts one term. */
  private readonly literalIds = new Map<string, number>();

  evaluator(node: QueryNode): Evaluate {
    switch (node.kind) {
      case "literal":
        return this.literal(node);
      case "not": {
        const child = this.tester(node.child);
        return (doc) => (child(doc) ? null : []);
      }
      case "and": {
        const children = node.children.map((c) => this.evaluator(c));
        return (doc) => {
          const hits: Hit[] = [];
          for (const child of children) {
            const result = child(doc);
            if (result === null) return null;
            for (const hit of result) hits.push(hit);
          }
          return hits;
        };
      }
      case "or": {
        const children = node.children.map((c) => this.evaluator(c));
        return (doc) => {
          let hits: Hit[] | null = null;
          for (const child of children) {
            const result = child(doc);
            if (result !== null) hits = hits ? hits.concat(result) : result;
          }
          return hits;
        };
      }
      case "near":
        return near(this.evaluator(node.left), this.evaluator(node.right), node.distance);
    }
  }

  tester(node: QueryNode): Test {
    switch (node.kind) {
      case "literal": {
        const words = node.words;
        if (node.field === "title") return (doc) => occursIn(doc.title, words);
        if (node.field === "text") return (doc) => occursIn(doc.text, words);
        return (doc) => occursIn(doc.title, words) || occursIn(doc.text, words);
      }
      case "not": {
        const child = this.tester(node.child);
        return (doc) => !child(doc);
      }
      case "and": {
        const children = node.children.map((c) => this.tester(c));
        return (doc) => children.every((child) => child(doc));
      }
      case "or": {
        const children = node.children.map((c) => this.tester(c));
        return (doc) => children.some((child) => child(doc));
      }
      case "near": {
        // Cheap presence checks first; the positional check only when both sides occur.
        const left = this.tester(node.left);
        const right = this.tester(node.right);
        const full = this.evaluator(node);
        return (doc) => left(doc) && right(doc) && full(doc) !== null;
      }
    }
  }

  private literal(node: LiteralNode): Evaluate {
    const key = `${node.field ?? ""}:${formatLiteral(node)}`;
    let id = this.literalIds.get(key);
    if (id === undefined) {
      id = this.literalIds.size;
      this.literalIds.set(key, id);
    }
    const literal = id;
    const words = node.words;
    const span = words.length - 1;
    // Field 0 is the title, 1 the text; `title:`/`text:` search only theirs.
    const firstField = node.field === "text" ? 1 : 0;
    const lastField = node.field === "title" ? 0 : 1;
    return (doc) => {
      let hits: Hit[] | null = null;
      for (let field = firstField; field <= lastField; field++) {
        for (const first of occurrences(field === 0 ? doc.title : doc.text, words)) {
          hits ??= [];
          hits.push({ field, first, last: first + span, literal });
        }
      }
      return hits;
    };
  }
}
