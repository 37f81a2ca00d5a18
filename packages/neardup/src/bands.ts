// LSH band keys: the signature cut into `bands` groups of rows; each group hashed to one key. Two
// texts with Jaccard J share at least one key with probability 1 - (1 - J^rows)^bands.
import { combine, fmix32 } from "./hash.ts";

function bandHash(signature: Uint32Array, band: number, rows: number, seed: number): number {
  let h = fmix32((seed ^ Math.imul(band + 1, 0x27d4eb2f)) >>> 0);
  for (let r = 0; r < rows; r += 1) h = combine(h, signature[band * rows + r] as number);
  return h;
}

function rowsPerBand(signature: Uint32Array, bands: number): number {
  if (bands < 1 || signature.length % bands !== 0)
    throw new Error(`a signature of ${signature.length} cannot be cut into ${bands} bands`);
  return signature.length / bands;
}

/** 32-bit key per band, for in-memory indexes (band number mixed in). */
export function bandHashes(signature: Uint32Array, bands: number): Uint32Array {
  const rows = rowsPerBand(signature, bands);
  const out = new Uint32Array(bands);
  for (let b = 0; b < bands; b += 1) out[b] = bandHash(signature, b, rows, 0x5bd1e995);
  return out;
}

/**
 * Signed 64-bit key per band, for a Postgres `bigint` column. The band number is mixed in, so one
 * index on the key column serves every band.
 */
export function bandKeys(signature: Uint32Array, bands: number): bigint[] {
  const rows = rowsPerBand(signature, bands);
  const out: bigint[] = [];
  for (let b = 0; b < bands; b += 1) {
    const hi = BigInt(bandHash(signature, b, rows, 0x5bd1e995));
    const lo = BigInt(bandHash(signature, b, rows, 0x1b873593));
    out.push(BigInt.asIntN(64, (hi << 32n) | lo));
  }
  return out;
}

/** Probability that two texts with Jaccard `j` share a band (the LSH S-curve). */
export function candidateProbability(j: number, bands: number, rows: number): number {
  return 1 - (1 - j ** rows) ** bands;
}
