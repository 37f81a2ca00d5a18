// An in-memory LSH index: per band, (key, id) pairs packed into a sorted Float64Array, looked up
// by binary search. Compact enough for millions of signatures; used by the benchmark and as the
// reference for a database-backed index (same candidates: band match, then verify).
import { bandHashes } from "./bands.ts";
import { estimateJaccard } from "./minhash.ts";
import type { NearDupOptions } from "./options.ts";

export interface Match {
  readonly id: number;
  readonly similarity: number;
}

const ID_SPACE = 2 ** 21;

export class MemoryIndex {
  private readonly signatures: Uint32Array[] = [];
  private sorted: Float64Array[] = [];

  constructor(private readonly options: NearDupOptions) {}

  get size(): number {
    return this.signatures.length;
  }

  /** Adds a signature; returns its id (0, 1, 2, …). Call build() before querying. */
  add(signature: Uint32Array): number {
    if (signature.length !== this.options.numHashes)
      throw new Error("signature length does not match options");
    const id = this.signatures.length;
    if (id >= ID_SPACE) throw new Error(`MemoryIndex holds at most ${ID_SPACE} signatures`);
    this.signatures.push(signature);
    return id;
  }

  build(): void {
    const n = this.signatures.length;
    const { bands } = this.options;
    this.sorted = Array.from({ length: bands }, () => new Float64Array(n));
    for (let id = 0; id < n; id += 1) {
      const keys = bandHashes(this.signatures[id] as Uint32Array, bands);
      for (let b = 0; b < bands; b += 1)
        (this.sorted[b] as Float64Array)[id] = (keys[b] as number) * ID_SPACE + id;
    }
    for (const packed of this.sorted) packed.sort();
  }

  /** Ids sharing at least one band key with the signature. */
  candidates(signature: Uint32Array): Set<number> {
    if (this.sorted.length !== this.options.bands) throw new Error("call build() after adding signatures");
    const keys = bandHashes(signature, this.options.bands);
    const out = new Set<number>();
    for (let b = 0; b < this.options.bands; b += 1) {
      const packed = this.sorted[b] as Float64Array;
      const key = keys[b] as number;
      let lo = 0;
      let hi = packed.length;
      const low = key * ID_SPACE;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((packed[mid] as number) < low) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < packed.length; i += 1) {
        const value = packed[i] as number;
        if (Math.floor(value / ID_SPACE) !== key) break;
        out.add(value - key * ID_SPACE);
      }
    }
    return out;
  }

  /** Candidates whose estimated Jaccard reaches the threshold, most similar first. */
  query(signature: Uint32Array, threshold = this.options.threshold): Match[] {
    const matches: Match[] = [];
    for (const id of this.candidates(signature)) {
      const similarity = estimateJaccard(signature, this.signatures[id] as Uint32Array);
      if (similarity >= threshold) matches.push({ id, similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }
}
