import { describe, expect, it } from "vitest";
import {
  bandKeys,
  candidateProbability,
  estimateJaccard,
  exactJaccard,
  MemoryIndex,
  minhashSignature,
  nearDupOptions,
} from "../src/index.ts";
import { lightlyEdited, story, syndicatedCopy } from "./fixtures.ts";

const options = nearDupOptions();

describe("minhash signatures", () => {
  it("gives identical texts identical signatures, whatever the case and punctuation", () => {
    const text = story(1);
    const shouted = text.toUpperCase().replaceAll(".", "!");
    expect(estimateJaccard(minhashSignature(text, options), minhashSignature(shouted, options))).toBe(1);
  });

  it("estimates the exact shingle Jaccard within 0.12 over a range of edit levels", () => {
    const base = story(2, 20);
    for (const share of [0, 0.02, 0.05, 0.1, 0.2, 0.4]) {
      const edited = lightlyEdited(base, share, 99);
      const exact = exactJaccard(base, edited, options.shingleSize);
      const estimate = estimateJaccard(minhashSignature(base, options), minhashSignature(edited, options));
      expect(Math.abs(estimate - exact)).toBeLessThan(0.12);
    }
  });

  it("rejects signatures of different lengths", () => {
    const short = minhashSignature("a b c d e f", nearDupOptions({ numHashes: 64, bands: 16 }));
    expect(() => estimateJaccard(short, minhashSignature("a b c d e f", options))).toThrow();
  });
});

describe("copies and different stories", () => {
  it("matches syndicated copies (other boilerplate, headline, light edits) above the threshold", () => {
    for (let seed = 10; seed < 30; seed += 1) {
      const original = story(seed);
      const copy = syndicatedCopy(original, seed);
      const similarity = estimateJaccard(
        minhashSignature(original, options),
        minhashSignature(copy, options),
      );
      expect(similarity).toBeGreaterThanOrEqual(options.threshold);
    }
  });

  it("keeps different stories far below the threshold", () => {
    for (let seed = 100; seed < 120; seed += 1) {
      const a = minhashSignature(story(seed), options);
      const b = minhashSignature(story(seed + 1000), options);
      expect(estimateJaccard(a, b)).toBeLessThan(0.1);
    }
  });

  it("finds each copy's original through the band index and nothing else", () => {
    const index = new MemoryIndex(options);
    const originals = Array.from({ length: 200 }, (_, i) => story(500 + i));
    for (const text of originals) index.add(minhashSignature(text, options));
    index.build();
    for (let i = 0; i < originals.length; i += 17) {
      const copy = syndicatedCopy(originals[i] as string, i);
      const matches = index.query(minhashSignature(copy, options));
      expect(matches.map((m) => m.id)).toEqual([i]);
    }
    const unrelated = index.query(minhashSignature(story(99_999), options));
    expect(unrelated).toEqual([]);
  });
});

describe("band keys", () => {
  it("gives one signed 64-bit key per band, stable across calls", () => {
    const sig = minhashSignature(story(3), options);
    const keys = bandKeys(sig, options.bands);
    expect(keys).toHaveLength(options.bands);
    for (const key of keys) expect(BigInt.asIntN(64, key)).toBe(key);
    expect(bandKeys(sig, options.bands)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("shares a key between a copy and its original but not between different stories", () => {
    const original = bandKeys(minhashSignature(story(4), options), options.bands);
    const copy = bandKeys(minhashSignature(syndicatedCopy(story(4), 4), options), options.bands);
    const other = bandKeys(minhashSignature(story(5), options), options.bands);
    expect(copy.some((k) => original.includes(k))).toBe(true);
    expect(other.some((k) => original.includes(k))).toBe(false);
  });

  it("follows the LSH S-curve: likelier candidates at higher similarity", () => {
    const rows = options.numHashes / options.bands;
    const curve = [0.1, 0.3, 0.5, 0.7, 0.9].map((j) => candidateProbability(j, options.bands, rows));
    for (let i = 1; i < curve.length; i += 1) expect(curve[i]).toBeGreaterThan(curve[i - 1] as number);
  });
});

describe("options", () => {
  it("rejects a signature length that bands cannot divide", () => {
    expect(() => nearDupOptions({ numHashes: 100, bands: 32 })).toThrow();
  });
});
