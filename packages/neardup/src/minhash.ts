// MinHash signatures: for each of numHashes hash functions, the minimum hash over a text's
// shingles. Hash i of shingle x is fmix32(x XOR seed_i), seeds fixed so signatures are stable
// across processes and releases (they are stored).
import { fmix32 } from "./hash.ts";
import type { NearDupOptions } from "./options.ts";
import { shingleHashes } from "./shingles.ts";

const seedCache = new Map<number, Uint32Array>();

function seeds(count: number): Uint32Array {
  let cached = seedCache.get(count);
  if (!cached) {
    cached = new Uint32Array(count);
    for (let i = 0; i < count; i += 1) cached[i] = fmix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(count, cached);
  }
  return cached;
}

/** An empty text gets a signature of all 0xffffffff, similar only to other empty texts. */
export function minhashSignature(text: string, options: NearDupOptions): Uint32Array {
  return signatureOfShingles(shingleHashes(text, options.shingleSize), options.numHashes);
}

export function signatureOfShingles(shingles: Uint32Array, numHashes: number): Uint32Array {
  const s = seeds(numHashes);
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (let j = 0; j < shingles.length; j += 1) {
    const x = shingles[j] as number;
    for (let i = 0; i < numHashes; i += 1) {
      // fmix32(x ^ seed), inlined: this loop is where signing spends its time.
      let h = (x ^ (s[i] as number)) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0)
    throw new Error("signatures must have the same, non-zero length");
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}
