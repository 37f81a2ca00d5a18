// Syntax from other search tools (Lucene, Media Cloud, Elasticsearch, LexisNexis), recognised so
// that a pasted query is either understood or refused with the fix — never read literally and
// left to match nothing. Understood elsewhere: `"a b"~N` (lexer.ts, becomes a NEAR/N b) and the
// `title:`/`text:` field prefixes. Everything here is refused, naming what to write instead.
import { QuerySyntaxError } from "./errors.ts";

/** The field names the language knows; `title:x` and `text:x` restrict a term to that field. */
export const QUERY_FIELDS = ["title", "text"] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

const FIELD_PREFIX = /^([\p{L}_][\p{L}\p{N}_.]*):(?!\/\/)/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Rule {
  test: (chunk: string) => boolean;
  message: (chunk: string, at: string) => string;
}

const RULES: Rule[] = [
  {
    // Joined operators (AND_NOT, ANDNOT, OR_NOT, BUT_NOT) would otherwise be read as one more word
    // that no article contains, and the query would silently match nothing.
    test: (c) => /^(?:AND|OR|BUT)_?NOT$/.test(c),
    message: (c, at) =>
      `"${c}" at ${at} is not an operator here; write ${c.startsWith("OR") ? "OR NOT" : "AND NOT"} (two words, upper-case)`,
  },
  {
    // -term (Lucene/Google exclusion); "anti-china" and "covid-19" are words, not exclusions.
    test: (c) => /^-[\p{L}\p{N}"(]/u.test(c),
    message: (c, at) => `"${c}" at ${at}: a leading - does not exclude here; write NOT ${c.slice(1)}`,
  },
  {
    test: (c) => /^\+[\p{L}\p{N}"(]/u.test(c),
    message: (c, at) =>
      `"${c}" at ${at}: + is not needed, every term is required unless OR says otherwise; write ${c.slice(1)}`,
  },
  {
    test: (c) => /^![\p{L}\p{N}"(]/u.test(c),
    message: (c, at) => `"${c}" at ${at}: write NOT ${c.slice(1)}`,
  },
  {
    test: (c) => /\^[0-9.]*$/.test(c) && c.length > 1,
    message: (c, at) =>
      `Boosts like "${c}" (at ${at}) are not supported: every term counts the same; ${c.startsWith("^") ? `remove ${c}` : `write ${c.replace(/\^[0-9.]*$/, "")}`}`,
  },
  {
    test: (c) => /^[[{]/.test(c) || /[\]}]$/.test(c),
    message: (_c, at) =>
      `Ranges like [a TO b] (at ${at}) are not supported: pick dates with the page's date range, and list values with OR`,
  },
  {
    test: (c) => /^\/.+\/$/.test(c),
    message: (_c, at) =>
      `Regular expressions (at ${at}) are not supported; use a trailing wildcard (regulat*) or list spellings with OR`,
  },
  {
    test: (c) => /^(?:w|pre)\/[0-9]+$/i.test(c),
    message: (c, at) =>
      `"${c}" at ${at}: write NEAR/${c.split("/")[1]} (words within that distance, either order)`,
  },
  {
    test: (c) => /[\p{L}\p{N}]~[0-9.]*$/u.test(c),
    message: (c, at) =>
      `Fuzzy matching ("${c}" at ${at}) is not supported; use a trailing wildcard (${c.replace(/~[0-9.]*$/, "").slice(0, 6)}*) or list spellings with OR`,
  },
  {
    test: (c) =>
      [...c].some(
        (ch, i, all) => ch === "?" && (WORD_CHAR.test(all[i - 1] ?? "") || WORD_CHAR.test(all[i + 1] ?? "")),
      ),
    message: (c, at) =>
      `"?" wildcards ("${c}" at ${at}) are not supported; use a trailing * (${c.split("?")[0] || c}*) or list the spellings with OR (woman OR women)`,
  },
];

/** Throws a positioned error with the fix when an unquoted chunk is another tool's syntax. */
export function refuseForeignSyntax(chunk: string, offset: number): void {
  const field = FIELD_PREFIX.exec(chunk);
  if (field?.[1] !== undefined && !(QUERY_FIELDS as readonly string[]).includes(field[1].toLowerCase())) {
    const name = field[1];
    const rest = chunk.slice(name.length + 1);
    throw new QuerySyntaxError(
      offset,
      name.length + 1,
      (at) =>
        `"${name}:" at ${at} is a field search; only title: and text: restrict a term to a field. ` +
        `Write ${rest ? rest : "the term"} alone${/^(source|media|domain|url|site|tags?|language|lang|publish_date|date)$/i.test(name) ? ", and filter sources, languages and dates on the page" : ""}`,
    );
  }
  for (const rule of RULES) {
    if (rule.test(chunk)) throw new QuerySyntaxError(offset, chunk.length, (at) => rule.message(chunk, at));
  }
}
