// Byte -> string for stored HTML files (benchmarks, CLI re-extraction): the same decoder the
// fetcher uses (fetch/charset.ts), without a transport charset since a file has none.
import { decodeBody } from "../fetch/charset.ts";

export function decodeHtmlBytes(bytes: Uint8Array): string {
  return decodeBody(bytes, null).text;
}
