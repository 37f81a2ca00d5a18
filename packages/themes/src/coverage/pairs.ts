// Pairs of theme versions one article hits, for theme_pair_daily (co-occurrence). Each unordered
// pair is kept once, the smaller id first: uuids compare as their lowercase hex text, which is
// the order Postgres gives them, so the table and every reader agree on which is `a`.
import type { CoverageKey } from "./keys.ts";

/** One article's +1 or −1 for one pair of theme versions (a < b), at the article's counted key. */
export interface PairDelta {
  a: string;
  b: string;
  key: CoverageKey;
  delta: number;
}

/** Every unordered pair of distinct versions in the set, smaller id first. */
export function versionPairs(versionIds: Iterable<string>): [string, string][] {
  const sorted = [...new Set([...versionIds].map((v) => v.toLowerCase()))].sort();
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) out.push([sorted[i] as string, sorted[j] as string]);
  }
  return out;
}

/** The whole pair contribution of an article hitting `versionIds`, at `key`, times `delta`. */
export function pairDeltasOf(versionIds: Iterable<string>, key: CoverageKey, delta: number): PairDelta[] {
  return versionPairs(versionIds).map(([a, b]) => ({ a, b, key, delta }));
}

/** What changes when an article's hit set goes from `before` to `after` at one key. */
export function pairChanges(
  before: Iterable<string>,
  after: Iterable<string>,
  key: CoverageKey,
): PairDelta[] {
  const id = ([a, b]: [string, string]) => `${a}|${b}`;
  const old = new Map(versionPairs(before).map((p) => [id(p), p]));
  const now = new Map(versionPairs(after).map((p) => [id(p), p]));
  const out: PairDelta[] = [];
  for (const [k, [a, b]] of now) if (!old.has(k)) out.push({ a, b, key, delta: 1 });
  for (const [k, [a, b]] of old) if (!now.has(k)) out.push({ a, b, key, delta: -1 });
  return out;
}
