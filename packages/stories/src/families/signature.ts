// The MinHash signature and LSH band keys of a text, or null when the text is too short to tell
// a copy from a coincidence.
import { bandKeys, minhashSignature, words } from "@tidemark/neardup";
import { MIN_SIGNED_WORDS, NEARDUP } from "../options.ts";

export interface TextSignature {
  signature: Uint32Array;
  /** Signed 64-bit band keys, sorted (the order locks are taken in). */
  bandKeys: bigint[];
}

export function signText(text: string | null): TextSignature | null {
  if (!text || words(text).length < MIN_SIGNED_WORDS) return null;
  const signature = minhashSignature(text, NEARDUP);
  const keys = [...new Set(bandKeys(signature, NEARDUP.bands))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { signature, bandKeys: keys };
}
