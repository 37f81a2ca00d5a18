// Time-ordered UUIDs (version 7), as the product's ids are: an article's id sorts with its
// creation time, so keyset scans and index locality behave as in a real archive.
import { randomBytes } from "node:crypto";

export function uuid7(at: number): string {
  const bytes = randomBytes(16);
  let ms = BigInt(at);
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = Number(ms & 0xffn);
    ms >>= 8n;
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
