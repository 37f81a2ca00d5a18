// Sitemaps are commonly served as .xml.gz files (Content-Type application/gzip or octet-stream,
// no Content-Encoding), so the HTTP layer hands them over still compressed. We recognise them by
// their magic bytes rather than by URL or header, and never inflate past the caller's cap: a few
// kilobytes of gzip can expand to gigabytes.
import { gunzipSync } from "node:zlib";
import { SourceParseError } from "../errors.ts";

/** RFC 1952 member header: ID1 ID2. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Decompresses gzip data, failing with `too_large` once the output would exceed `maxBytes`. */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    // maxOutputLength makes zlib stop and throw as soon as the limit is crossed, so a bomb costs
    // at most `maxBytes` of memory rather than its full expanded size.
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new SourceParseError(
        "too_large",
        `This sitemap decompresses to more than ${formatBytes(maxBytes)}, the most we accept.`,
        { cause: error },
      );
    }
    throw new SourceParseError(
      "bad_compression",
      "This sitemap is gzip-compressed but the data is damaged.",
      {
        cause: error,
      },
    );
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
