// Word shingles of a body: normalised words (Unicode NFKC, lowercase, letters and digits only),
// every run of `size` consecutive words hashed to 32 bits, duplicates removed.
import { combine, hashString } from "./hash.ts";

const WORD = /[\p{L}\p{N}]+/gu;

/** Text that NFKC normalisation cannot change (no code unit above U+007F). */
const NON_ASCII = /[^\p{ASCII}]/u;

export function words(text: string): string[] {
  const normal = NON_ASCII.test(text) ? text.normalize("NFKC") : text;
  return normal.toLowerCase().match(WORD) ?? [];
}

export function shingleHashes(text: string, size: number): Uint32Array {
  const ws = words(text);
  const wordHashes = ws.map((w) => hashString(w));
  const count = Math.max(0, wordHashes.length - size + 1);
  // A text shorter than one shingle is a single shingle of all its words.
  if (count === 0) {
    if (wordHashes.length === 0) return new Uint32Array(0);
    return Uint32Array.of(wordHashes.reduce((h, w) => combine(h, w), size));
  }
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    let h = size;
    for (let k = 0; k < size; k += 1) h = combine(h, wordHashes[i + k] as number);
    all[i] = h;
  }
  // Sort and drop repeats (cheaper than a Set for a few hundred values).
  all.sort();
  let unique = 0;
  for (let i = 0; i < count; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i] as number;
  return all.slice(0, unique);
}

/** Exact Jaccard similarity of two texts' shingle sets (for tests and calibration). */
export function exactJaccard(a: string, b: string, size: number): number {
  const sa = new Set(shingleHashes(a, size));
  const sb = new Set(shingleHashes(b, size));
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const h of sa) if (sb.has(h)) shared += 1;
  return shared / (sa.size + sb.size - shared);
}
