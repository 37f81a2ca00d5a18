// A tsquery that matches exactly the articles the matcher matches, for the queries where that is
// possible: single ASCII words or prefixes combined with AND, OR and NOT. The preview then counts
// common terms in Postgres (a GIN index lookup) instead of reading and tokenising every candidate.
//
// Why these are exact: the prefilter vector (see tsquery.ts) rewrites the text the way the
// tokenizer sees it — NFKC, every non-alphanumeric character a space — so an ASCII word is a
// lexeme there exactly when it is a token here, and NOT and AND apply to the whole article in
// both. Phrases and NEAR are left out: Postgres positions would let a phrase run from the title
// into the text, which the matcher never allows. One known gap: a combining mark that NFKC cannot
// compose onto its letter splits a word in Postgres but not here; real text almost never has one,
// and saving a theme tags with the matcher itself.
import type { QueryNode } from "./ast.ts";

const ASCII_WORD = /^[a-z0-9]+$/;

function build(node: QueryNode): string | null {
  switch (node.kind) {
    case "literal": {
      const [word, ...rest] = node.words;
      // The vector covers title and text together, so a field-restricted term is the matcher's.
      if (node.field) return null;
      if (!word || rest.length > 0 || word.unsegmented || !ASCII_WORD.test(word.text)) return null;
      return `'${word.text}'${word.prefix ? ":*" : ""}`;
    }
    case "and":
    case "or": {
      const parts = node.children.map(build);
      if (parts.some((p) => p === null)) return null;
      return `(${parts.join(node.kind === "and" ? " & " : " | ")})`;
    }
    case "not": {
      const inner = build(node.child);
      return inner === null ? null : `!${inner}`;
    }
    case "near":
      return null;
  }
}

/** The exact tsquery for `ast`, or null when the matcher must decide. Bind it as a parameter. */
export function toExactTsQuery(ast: QueryNode): string | null {
  return build(ast);
}
