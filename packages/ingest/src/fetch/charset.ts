// Turns page bytes into text the way a browser would (WHATWG HTML "determining the character
// encoding"): BOM, then the transport charset (HTTP header), then a <meta>/XML-declaration prescan
// of the first bytes, then a guess. The prescan is encoding-sniffer's (the WHATWG algorithm, by the
// author of htmlparser2); decoding uses iconv-lite with the WHATWG label table. This is the one
// decoder: the fetcher, `tidemark extract` and the benchmarks all decode through it.
// Getting this wrong garbles every non-UTF-8 news site (GBK, Big5, Shift_JIS, windows-1251 ...).
import { isUtf8 } from "node:buffer";
import { ResultType, Sniffer } from "encoding-sniffer/sniffer";
import iconv from "iconv-lite";
import { type ResolvedEncoding, resolveEncodingLabel, UTF8, WINDOWS_1252 } from "./charset-labels.ts";

/** Where the encoding decision came from; useful when a page comes out garbled. */
export type CharsetSource = "bom" | "header" | "meta" | "xml-declaration" | "utf8-valid" | "fallback";

export interface DecodedText {
  text: string;
  /** WHATWG encoding name, e.g. "utf-8", "gbk", "shift_jis", "windows-1252". */
  charset: string;
  charsetSource: CharsetSource;
}

/** The spec prescans 1024 bytes; real pages put long scripts first, so look a little further. */
const PRESCAN_BYTES = 4096;

const SOURCES: ReadonlyMap<ResultType, CharsetSource> = new Map([
  [ResultType.BOM, "bom"],
  [ResultType.PASSED, "header"],
  [ResultType.XML_PREFIX, "xml-declaration"],
  [ResultType.META_TAG, "meta"],
  [ResultType.XML_ENCODING, "xml-declaration"],
]);

/**
 * One deliberate step beyond the standard: bytes that are valid UTF-8 and contain non-ASCII
 * sequences are UTF-8 even when a header or <meta> names a legacy charset. Legacy-encoded text
 * is practically never valid UTF-8, while re-encoded pages that kept a stale declaration (and
 * servers that append "charset=iso-8859-1" to everything) are common.
 */
export function decodeBody(
  bytes: Uint8Array,
  headerCharset: string | null,
  _mediaType: string | null = null,
): DecodedText {
  const transport = headerCharset === null ? null : resolveEncodingLabel(headerCharset);
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    ...(transport === null ? {} : { transportLayerEncodingLabel: transport.name }),
  });
  sniffer.write(bytes);
  const source = SOURCES.get(sniffer.resultType);
  const declared = source === undefined ? null : resolveEncodingLabel(sniffer.encoding);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (source === "bom" && declared !== null) {
    const bom = declared.name === "utf-8" ? 3 : 2;
    return decodeWith(buffer.subarray(bom), declared, "bom");
  }
  if (declared !== null && source !== undefined) {
    if (declared.name !== "utf-8" && hasNonAscii(buffer) && isUtf8(buffer)) {
      return decodeWith(buffer, UTF8, "utf8-valid");
    }
    return decodeWith(buffer, declared, source);
  }
  if (isUtf8(buffer)) return decodeWith(buffer, UTF8, "utf8-valid");
  return decodeWith(buffer, WINDOWS_1252, "fallback");
}

function hasNonAscii(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Buffer, encoding: ResolvedEncoding, source: CharsetSource): DecodedText {
  // stripBOM off: a BOM was already handled above, and a stray U+FEFF elsewhere is content.
  const text = iconv.decode(bytes, encoding.codec, { stripBOM: false });
  return { text, charset: encoding.name, charsetSource: source };
}
