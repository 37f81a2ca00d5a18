// Recursive-descent parser for theme queries.
//
//   query    := or EOF
//   or       := and ( "OR" and )*
//   and      := near ( "AND"? near )*          adjacent terms are implicitly ANDed
//   near     := unary ( "NEAR/n" unary )?      operands: literals or (a OR b …) of literals
//   unary    := "NOT" unary | primary
//   primary  := TERM | PHRASE | PHRASE "~" N | "(" or ")" | FIELD primary
//
// FIELD is `title:` or `text:` (restricts every term of its primary to that field); `"a b"~N` is
// Lucene proximity, read as a NEAR/N b.
//
// Precedence, tightest first: NOT, NEAR, AND (explicit or implicit), OR.
import {
  type AndNode,
  MAX_NEAR_DISTANCE,
  MAX_NESTING,
  MAX_QUERY_LENGTH,
  type OrNode,
  type QueryNode,
} from "./ast.ts";
import { diagnostic, type QueryDiagnostic, QuerySyntaxError } from "./errors.ts";
import { restrictToField } from "./field.ts";
import { type LexToken, type LexWarning, lex, type TermToken } from "./lexer.ts";
import { buildLiteral } from "./literal.ts";
import { checkPositive, nearOperand } from "./validate.ts";

export type ParseResult =
  | { ok: true; ast: QueryNode; warnings: QueryDiagnostic[] }
  | { ok: false; error: QueryDiagnostic; warnings: QueryDiagnostic[] };

const NAMES: Record<string, string> = { and: "AND", or: "OR", not: "NOT", lparen: "(" };

function describeToken(token: LexToken): string {
  if (token.type === "near") return `NEAR/${token.distance}`;
  if (token.type === "field") return `${token.field}:`;
  return NAMES[token.type] ?? token.type;
}

function span(first: { offset: number }, last: { offset: number; length: number }) {
  return { offset: first.offset, length: last.offset + last.length - first.offset };
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: LexToken[],
    private readonly warnings: LexWarning[],
  ) {}

  private peek(): LexToken {
    // The token list always ends with "eof" and the parser never advances past it.
    return this.tokens[this.index] ?? { type: "eof", offset: 0, length: 0 };
  }

  private next(): LexToken {
    const token = this.peek();
    if (token.type !== "eof") this.index++;
    return token;
  }

  parseQuery(): QueryNode {
    const node = this.parseOr(undefined);
    const rest = this.peek();
    if (rest.type === "rparen") {
      throw new QuerySyntaxError(rest.offset, 1, (at) => `Unbalanced parenthesis: ")" at ${at} has no "("`);
    }
    return node;
  }

  private parseOr(after: LexToken | undefined): QueryNode {
    const children: [QueryNode, ...QueryNode[]] = [this.parseAnd(after)];
    while (this.peek().type === "or") {
      const op = this.next();
      children.push(this.parseAnd(op));
    }
    return this.group("or", children);
  }

  private parseAnd(after: LexToken | undefined): QueryNode {
    const children: [QueryNode, ...QueryNode[]] = [this.parseNear(after)];
    for (;;) {
      const token = this.peek();
      if (token.type === "and") {
        this.next();
        children.push(this.parseNear(token));
      } else if (
        token.type === "term" ||
        token.type === "lparen" ||
        token.type === "not" ||
        token.type === "field"
      ) {
        children.push(this.parseNear(undefined));
      } else {
        break;
      }
    }
    return this.group("and", children);
  }

  private group(kind: "and" | "or", children: [QueryNode, ...QueryNode[]]): QueryNode {
    const first = children[0];
    const last = children[children.length - 1] ?? first;
    if (children.length === 1) return first;
    // Nested groups of the same operator are flattened: (a OR b) OR c is a OR b OR c.
    const flat = children.flatMap((child) => (child.kind === kind ? child.children : [child]));
    const node: AndNode | OrNode = { kind, children: flat, ...span(first, last) };
    return node;
  }

  private parseNear(after: LexToken | undefined): QueryNode {
    const left = this.parseUnary(after);
    const op = this.peek();
    if (op.type !== "near") return left;
    this.next();
    const right = this.parseUnary(op);
    const chained = this.peek();
    if (chained.type === "near") {
      throw new QuerySyntaxError(
        chained.offset,
        chained.length,
        (at) =>
          `NEAR cannot be chained (at ${at}); combine pairs with AND, e.g. (a NEAR/5 b) AND (b NEAR/5 c)`,
      );
    }
    return {
      kind: "near",
      distance: op.distance,
      left: nearOperand(left),
      right: nearOperand(right),
      ...span(left, right),
    };
  }

  private parseUnary(after: LexToken | undefined): QueryNode {
    const token = this.peek();
    if (token.type !== "not") return this.parsePrimary(after);
    this.next();
    this.enter(token);
    const child = this.parseUnary(token);
    this.depth--;
    return { kind: "not", child, ...span(token, child) };
  }

  /** Bounds recursion so a pathological definition cannot overflow the stack. */
  private enter(token: LexToken): void {
    if (++this.depth > MAX_NESTING) {
      throw new QuerySyntaxError(
        token.offset,
        token.length,
        (at) => `The query is nested too deeply at ${at}`,
      );
    }
  }

  private parsePrimary(after: LexToken | undefined): QueryNode {
    const token = this.next();
    if (token.type === "term")
      return token.proximity === undefined ? buildLiteral(token) : this.proximity(token, token.proximity);
    if (token.type === "lparen") return this.parseParenthesised(token);
    if (token.type === "field") {
      this.enter(token);
      const inner = this.parsePrimary(token);
      this.depth--;
      return { ...restrictToField(inner, token.field, token), ...span(token, inner) };
    }
    throw this.expectedTerm(token, after);
  }

  /** Lucene's `"a b"~N`: two words within N positions, which this language writes a NEAR/N b. */
  private proximity(token: TermToken, distance: number): QueryNode {
    const phrase = buildLiteral(token);
    if (distance === 0) return phrase; // ~0 is the exact phrase
    const [first, second, ...rest] = phrase.words;
    if (!first || !second || rest.length > 0 || distance > MAX_NEAR_DISTANCE) {
      throw new QuerySyntaxError(token.offset, token.length, (at) =>
        phrase.words.length !== 2
          ? `Proximity ("…"~${distance} at ${at}) works on two words here; write a NEAR/${distance} b, and combine pairs with AND`
          : `Proximity distance must be a whole number from 1 to ${MAX_NEAR_DISTANCE}, at ${at}`,
      );
    }
    const word = (w: typeof first) => ({ ...phrase, words: [w], quoted: false, raw: w.text });
    this.warnings.push({
      offset: token.offset,
      length: token.length,
      message: (at) =>
        `"${token.raw}"~${distance} at ${at} is read as ${first.text} NEAR/${distance} ${second.text} (either order)`,
    });
    return {
      kind: "near",
      distance: distance,
      left: word(first),
      right: word(second),
      ...span(token, token),
    };
  }

  private parseParenthesised(open: LexToken): QueryNode {
    if (this.peek().type === "rparen") {
      const close = this.next();
      throw new QuerySyntaxError(
        open.offset,
        close.offset + 1 - open.offset,
        (at) => `Empty parentheses at ${at}`,
      );
    }
    this.enter(open);
    const inner = this.parseOr(open);
    this.depth--;
    const close = this.next();
    if (close.type !== "rparen") {
      throw new QuerySyntaxError(
        open.offset,
        1,
        (at) => `Unbalanced parenthesis: "(" at ${at} is never closed`,
      );
    }
    // Parentheses only group; the node's extent grows to include them for error highlighting.
    return { ...inner, ...span(open, close) };
  }

  private expectedTerm(token: LexToken, after: LexToken | undefined): QuerySyntaxError {
    const found = token.type === "eof" ? "" : ` but found ${describeToken(token)}`;
    if (token.type === "rparen" && after === undefined) {
      return new QuerySyntaxError(token.offset, 1, (at) => `Unbalanced parenthesis: ")" at ${at} has no "("`);
    }
    if (after === undefined) {
      return new QuerySyntaxError(
        token.offset,
        token.length,
        (at) => `Expected a term before ${describeToken(token)} at ${at}`,
      );
    }
    return new QuerySyntaxError(
      token.offset,
      token.length,
      (at) => `Expected a term after ${describeToken(after)} at ${at}${found}`,
    );
  }
}

function toDiagnostics(source: string, warnings: LexWarning[]): QueryDiagnostic[] {
  return warnings.map((w) => diagnostic(source, w.offset, w.length, w.message));
}

/** Parse a query definition. Never throws for user input: errors come back as `{ ok: false }`. */
export function parseQuery(source: string): ParseResult {
  const lexWarnings: LexWarning[] = [];
  try {
    if (source.length > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxError(
        MAX_QUERY_LENGTH,
        0,
        () => `Query is too long (max ${MAX_QUERY_LENGTH} characters)`,
      );
    }
    const tokens = lex(source, lexWarnings);
    if (tokens.length === 1) throw new QuerySyntaxError(0, 0, () => "Query is empty");
    const ast = new Parser(tokens, lexWarnings).parseQuery();
    checkPositive(ast);
    return { ok: true, ast, warnings: toDiagnostics(source, lexWarnings) };
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    return {
      ok: false,
      error: diagnostic(source, error.offset, error.length, error.template),
      warnings: toDiagnostics(source, lexWarnings),
    };
  }
}
