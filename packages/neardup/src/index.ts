export { bandHashes, bandKeys, candidateProbability } from "./bands.ts";
export { type Match, MemoryIndex } from "./memory-index.ts";
export { estimateJaccard, minhashSignature, signatureOfShingles } from "./minhash.ts";
export {
  type NearDupOptions,
  type NearDupOptionsInput,
  nearDupOptions,
  nearDupOptionsSchema,
} from "./options.ts";
export { exactJaccard, shingleHashes, words } from "./shingles.ts";
export { decodeSignature, encodeSignature } from "./storage.ts";
