import { describe, expect, it } from "vitest";
import { decodeSignature, encodeSignature, minhashSignature, nearDupOptions } from "../src/index.ts";
import { story } from "./fixtures.ts";

describe("signature storage", () => {
  it("round-trips a signature through bytes, 4 bytes per hash", () => {
    const options = nearDupOptions();
    const signature = minhashSignature(story(7), options);
    const bytes = encodeSignature(signature);
    expect(bytes).toHaveLength(options.numHashes * 4);
    expect(Array.from(decodeSignature(bytes))).toEqual(Array.from(signature));
  });

  it("decodes from a view into a larger buffer (as database drivers return)", () => {
    const signature = Uint32Array.of(1, 0xffffffff, 123456789);
    const bytes = encodeSignature(signature);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 5);
    expect(Array.from(decodeSignature(padded.subarray(5, 5 + bytes.length)))).toEqual(Array.from(signature));
  });

  it("refuses bytes that cannot be a signature", () => {
    expect(() => decodeSignature(new Uint8Array(6))).toThrow(/multiple of 4/);
    expect(() => decodeSignature(new Uint8Array(0))).toThrow();
  });
});
