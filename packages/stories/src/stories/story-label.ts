// A story's label: a few keys that name its event, most distinctive first. Each candidate key (the
// keys most members share) is scored by how many members carry it × its mean weight (inverse
// document frequency over all grouped articles, × 1.5 in a title or for an entity) × a bonus for
// what it is: an entity theme, a name the texts capitalise ("Rhode Island", "NASA"), a phrase
// written in lowercase ("nuclear plant"), or a single word. Left out: generic news words
// ("finds", "latest", "dies"), phrases that straddle two phrases of the text ("key Rhode": one word
// capitalised, the other not) and keys overlapping a chosen one (a word of "Rhode Island" or of the
// entity "Donald Trump"). Ties go to the key that comes first in the head's title.
import { GENERIC_WORDS, hasGenericEdge } from "./generic-words.ts";
import { type CasingEvidence, casingEvidence, type StoryText } from "./word-casing.ts";

/** How many of a story's keys it keeps (most shared first, shown on its page). */
export const LABEL_KEYS = 12;

export interface LabelKey {
  key: string;
  /** How many of the story's articles carry the key. */
  articles: number;
  /** Sum of the key's weight over those articles. */
  weight: number;
}

export interface LabelInput {
  readonly keys: readonly LabelKey[];
  /** Entity theme names by slug ("donald-trump" → "Donald Trump"). */
  readonly entityNames: ReadonlyMap<string, string>;
  /** Members of the story (the share of them carrying a key counts). */
  readonly articleCount: number;
  /** Titles and leads of members, the head's first: how the story writes its words. */
  readonly texts: readonly StoryText[];
  /**
   * Document frequency of keys over every grouped article ("t:rhode island", "t:rhode", …) and
   * the number of documents, for the cohesion of two-word phrases; absent keys are unknown.
   */
  readonly df?: ReadonlyMap<string, number>;
  /** How many keys the label shows. */
  readonly size?: number;
}

/**
 * Bonus by kind of key: entities and names say what happened to whom; a phrase seen only in a
 * title-case headline ("Ukraine Claws") may be a fragment, so it ranks below its single words.
 */
const BONUS = {
  entity: 1.6,
  name: 1.6,
  compound: 1.4,
  nameWord: 1.3,
  phrase: 1.2,
  unseen: 1.1,
  word: 1,
} as const;

/**
 * Cohesion of a two-word phrase: the geometric mean of P(phrase | word) over its two words, from
 * document frequencies. A compound or a name ("johnny depp", "moon rocket") keeps its words
 * together; a headline fragment ("ukraine claws", "key rhode") joins a common word to a rare one.
 */
const FRAGMENT_BELOW = 0.05;
/** A phrase seen in fewer documents says nothing about how its words go together. */
const COHESION_MIN_DF = 2;
const COMPOUND_FROM = 0.5;

interface Candidate {
  text: string;
  words: string[];
  score: number;
  position: number;
}

export function storyLabel(input: LabelInput): string {
  const evidence = casingEvidence(input.texts);
  const members = Math.max(1, input.articleCount);
  const candidates = input.keys
    .map((k) => candidate(k, members, input.entityNames, evidence, input.df))
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => b.score - a.score || a.position - b.position || (a.text < b.text ? -1 : 1));
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    const overlapping = chosen.filter((d) => c.words.some((w) => d.words.includes(w)));
    if (overlapping.length > 0) {
      // A phrase replaces the single words it contains ("depp", "johnny" → "johnny depp") when it
      // scores close to them; any other overlap ("key rhode" after "rhode island") is left out.
      const replaceable = overlapping.every((d) => d.words.length === 1) && c.words.length > 1;
      if (!replaceable || overlapping.some((d) => c.score < d.score * 0.8)) continue;
      const at = chosen.indexOf(overlapping[0] as Candidate);
      const rest = chosen.filter((d) => !overlapping.includes(d));
      chosen.splice(0, chosen.length, ...rest.slice(0, at), c, ...rest.slice(at));
      continue;
    }
    chosen.push(c);
    if (chosen.length >= (input.size ?? 4)) break;
  }
  return chosen.map((c) => c.text).join(" · ");
}

function candidate(
  key: LabelKey,
  members: number,
  entityNames: ReadonlyMap<string, string>,
  evidence: CasingEvidence,
  df: ReadonlyMap<string, number> | undefined,
): Candidate | null {
  const share = Math.min(1, key.articles / members);
  const mean = key.articles > 0 ? key.weight / key.articles : 0;
  if (mean <= 0) return null;
  if (key.key.startsWith("e:")) {
    const slug = key.key.slice(2);
    const text = entityNames.get(slug) ?? slug;
    const words = text.toLowerCase().split(/[\s-]+/u);
    return { text, words, score: share * mean * BONUS.entity, position: evidence.firstSeen(words[0] ?? "") };
  }
  const term = key.key.slice(2);
  const words = term.split(" ");
  const casing = evidence.casing(term);
  if (words.length > 1 && casing === "mixed") return null;
  if (casing !== "name" && (words.length === 1 ? GENERIC_WORDS.has(term) : hasGenericEdge(term))) return null;
  const glue = words.length === 2 ? cohesion(term, words, df) : null;
  if (glue !== null && glue < FRAGMENT_BELOW && casing !== "name") return null;
  // A phrase the texts never write outside a title-case headline may straddle two of its phrases;
  // a single lowercase word says less than any phrase.
  const kind =
    words.length === 1
      ? casing === "name"
        ? "nameWord"
        : "word"
      : casing === "name"
        ? "name"
        : glue !== null && glue >= COMPOUND_FROM
          ? "compound"
          : casing === "lower"
            ? "phrase"
            : "unseen";
  return {
    text: evidence.written(term),
    words,
    score: share * mean * BONUS[kind],
    position: evidence.firstSeen(term),
  };
}

function cohesion(
  term: string,
  words: readonly string[],
  df: ReadonlyMap<string, number> | undefined,
): number | null {
  const both = df?.get(`t:${term}`);
  const first = df?.get(`t:${words[0]}`);
  const second = df?.get(`t:${words[1]}`);
  if (!both || !first || !second || both < COHESION_MIN_DF) return null;
  return Math.sqrt(Math.min(1, both / first) * Math.min(1, both / second));
}
