// The terms of one article for "emerging terms": unigrams and phrases of up to `maxWords` words,
// each once per article (document frequency, so one long article repeating a word cannot
// dominate). Words come from the theme matcher's own tokenizer (Unicode-aware, NFKC, case
// folded), so a term looks exactly like the query term that would find it.
//
// A phrase never spans the title and the text, nor a sentence end, comma, bracket or quote:
// only spaces, hyphens and apostrophes may sit between its words ("anti-China" stays together,
// "…in Paris. Officials…" does not become "paris officials"). A phrase may not start or end with
// a stopword, a number or a one-letter word, but may contain them ("bank of england").
// Scripts written without spaces (CJK, Thai …) are tokenised one character per word, so a single
// character is never a term there; runs of 2+ characters are, joined without spaces.
import { tokenize } from "../query/tokenize.ts";
import { ENGLISH_STOPWORDS } from "./stopwords-en.ts";
import { OTHER_STOPWORDS } from "./stopwords-multi.ts";

const STOPWORDS = new Set([...ENGLISH_STOPWORDS, ...OTHER_STOPWORDS]);
const NUMBER = /^\p{N}+$/u;
const JOINING_GAP = /^[\p{Zs}\t\-\u2010-\u2015'\u2019]*$/u;
const APOSTROPHE = /^['\u2019]$/u;
/** Longer "words" are identifiers, hashes or glued URLs, not vocabulary. */
const MAX_WORD_LENGTH = 40;

interface Word {
  text: string;
  unsegmented: boolean;
  /** Whether the word may start or end a term (computed once per word, not once per n-gram). */
  edge: boolean;
}

function codePoints(word: string): number {
  return word.length > 2 ? 3 : [...word].length; // only "fewer than two" matters
}

/** Whether a word may start or end a term. */
export function isTermEdge(word: string): boolean {
  if (word.length > MAX_WORD_LENGTH || codePoints(word) < 2 || STOPWORDS.has(word)) return false;
  const first = word.charCodeAt(0);
  // Only a word starting with a digit (ASCII or not) can be all digits; skip the regex otherwise.
  return !((first <= 0x39 || first > 0x7f) && NUMBER.test(word));
}

export interface TermOptions {
  maxWords: number;
  /**
   * An extra condition on the words at a term's edges. A phrase is in at most as many articles as
   * its first and last words, so a caller counting only frequent terms can skip phrases of rare
   * words here instead of counting millions of phrases that occur once.
   */
  keepEdge?: (word: string) => boolean;
}

function addRunTerms(run: readonly Word[], maxWords: number, out: Set<string>): void {
  for (let i = 0; i < run.length; i++) {
    const first = run[i];
    if (!first?.edge) continue;
    if (!first.unsegmented) out.add(first.text);
    let term = first.text;
    for (let n = 2; n <= maxWords && i + n <= run.length; n++) {
      const last = run[i + n - 1];
      if (!last || last.unsegmented !== first.unsegmented) break;
      term += first.unsegmented ? last.text : ` ${last.text}`;
      if (last.edge) out.add(term);
    }
  }
}

function addFieldTerms(source: string, options: TermOptions, out: Set<string>): void {
  const tokens = tokenize(source);
  let run: Word[] = [];
  let previousEnd = -1;
  tokens.words.forEach((text, i) => {
    const start = tokens.starts[i] ?? 0;
    const unsegmented = tokens.unsegmented[i] ?? false;
    // Fast path: one plain space between words, by far the most common gap.
    if (previousEnd >= 0 && !(start === previousEnd + 1 && source.charCodeAt(previousEnd) === 0x20)) {
      const gap = source.slice(previousEnd, start);
      // "Huawei's", "don't": the letter after the apostrophe is not a word of the phrase.
      if (!unsegmented && text.length === 1 && APOSTROPHE.test(gap)) {
        previousEnd = tokens.ends[i] ?? start;
        return;
      }
      if (!JOINING_GAP.test(gap)) {
        addRunTerms(run, options.maxWords, out);
        run = [];
      }
    }
    // Unsegmented characters are never terms alone, but particles must not start or end one.
    const edge =
      (unsegmented ? !STOPWORDS.has(text) : isTermEdge(text)) && (options.keepEdge?.(text) ?? true);
    run.push({ text, unsegmented, edge });
    previousEnd = tokens.ends[i] ?? start;
  });
  addRunTerms(run, options.maxWords, out);
}

/** Every distinct term of an article's title and text. */
export function articleTerms(title: string | null, text: string | null, options: TermOptions): Set<string> {
  const out = new Set<string>();
  if (title) addFieldTerms(title, options, out);
  if (text) addFieldTerms(text, options, out);
  return out;
}

/**
 * Every distinct word of an article that could be a term's edge, characters of unsegmented
 * scripts included: an upper bound for the articles of every term starting or ending with it.
 */
export function articleEdgeWords(title: string | null, text: string | null): Set<string> {
  const out = new Set<string>();
  for (const field of [title, text]) {
    if (!field) continue;
    const tokens = tokenize(field);
    tokens.words.forEach((word, i) => {
      if (tokens.unsegmented[i] ? !STOPWORDS.has(word) : isTermEdge(word)) out.add(word);
    });
  }
  return out;
}

/** How many words a term has (characters, for unsegmented scripts). */
export function termWords(term: string): number {
  return tokenize(term).words.length;
}
