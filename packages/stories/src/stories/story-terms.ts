// The words an article is grouped into a story by: unigrams and two-word phrases of its title and
// lead (stopwords, numbers and one-letter words never start or end one), plus the entities
// (organisation, person and place themes) it mentions. Keys are prefixed by kind: "t:" a term,
// "e:" an entity theme's slug, so a term can never pass for an entity.
import { articleTerms } from "@tidemark/themes/analytics";

export interface StoryTermSet {
  /** Every key of the article (terms of title and lead, and entities). */
  keys: Set<string>;
  /** Keys that occur in the title (weighted up: the title names the event). */
  inTitle: Set<string>;
}

export function storyTermSet(
  title: string | null,
  text: string | null,
  entitySlugs: readonly string[],
  leadChars: number,
): StoryTermSet {
  const lead = text ? text.slice(0, leadChars) : null;
  const titleTerms = articleTerms(title, null, { maxWords: 2 });
  const keys = new Set<string>();
  const inTitle = new Set<string>();
  for (const term of titleTerms) {
    keys.add(`t:${term}`);
    inTitle.add(`t:${term}`);
  }
  for (const term of articleTerms(null, lead, { maxWords: 2 })) keys.add(`t:${term}`);
  for (const slug of entitySlugs) keys.add(`e:${slug}`);
  return { keys, inTitle };
}

/** Inverse document frequency, smoothed so a key never seen before is the rarest. */
export function idf(df: number, documents: number): number {
  return Math.log((documents + 1) / (df + 0.5));
}

export interface WeightedKey {
  key: string;
  weight: number;
}

/** Every key with its weight, heaviest first: idf, × 1.5 in the title or for an entity. */
export function weighKeys(
  set: StoryTermSet,
  df: ReadonlyMap<string, number>,
  documents: number,
): WeightedKey[] {
  const out: WeightedKey[] = [];
  for (const key of set.keys) {
    const boost = set.inTitle.has(key) || key.startsWith("e:") ? 1.5 : 1;
    out.push({ key, weight: idf(df.get(key) ?? 0, documents) * boost });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
}

/** The keys an article is stored under: its heaviest terms and up to 8 entities. */
export function salientKeys(weighted: readonly WeightedKey[], maxTerms: number): WeightedKey[] {
  const terms = weighted.filter((k) => k.key.startsWith("t:") && k.weight > 0).slice(0, maxTerms);
  const entities = weighted.filter((k) => k.key.startsWith("e:") && k.weight > 0).slice(0, 8);
  return [...terms, ...entities];
}
