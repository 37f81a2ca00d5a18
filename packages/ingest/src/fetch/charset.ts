// Turns response bytes into text the way a browser would (WHATWG HTML "determining the character
// encoding"): BOM, then the HTTP charset, then a <meta> prescan of the first bytes, then a guess.
// Getting this wrong garbles every non-UTF-8 news site (GBK, Big5, Shift_JIS, windows-1251 ...).
import { isUtf8 } from "node:buffer";
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

export function decodeBody(
  bytes: Buffer,
  headerCharset: string | null,
  mediaType: string | null,
): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding, "bom");

  if (headerCharset) {
    const fromHeader = resolveEncodingLabel(headerCharset);
    if (fromHeader) return decodeWith(bytes, fromHeader, "header");
  }

  const head = bytes.subarray(0, PRESCAN_BYTES).toString("latin1");
  const xmlFirst = mediaType !== null && /[/+]xml$/.test(mediaType);
  const prescans: Array<[CharsetSource, (head: string) => string | null]> = xmlFirst
    ? [
        ["xml-declaration", xmlDeclarationEncoding],
        ["meta", metaCharset],
      ]
    : [
        ["meta", metaCharset],
        ["xml-declaration", xmlDeclarationEncoding],
      ];
  for (const [source, prescan] of prescans) {
    const label = prescan(head);
    const declared = label === null ? null : resolveEncodingLabel(label);
    // A document cannot truly declare UTF-16 in its own ASCII-compatible bytes; browsers read
    // such a declaration as UTF-8.
    if (declared) return decodeWith(bytes, declared.name.startsWith("utf-16") ? UTF8 : declared, source);
  }

  if (isUtf8(bytes)) return decodeWith(bytes, UTF8, "utf8-valid");
  return decodeWith(bytes, WINDOWS_1252, "fallback");
}

function decodeWith(bytes: Buffer, encoding: ResolvedEncoding, source: CharsetSource): DecodedText {
  // stripBOM off: a BOM was already handled above, and a stray U+FEFF elsewhere is content.
  const text = iconv.decode(bytes, encoding.codec, { stripBOM: false });
  return { text, charset: encoding.name, charsetSource: source };
}

function sniffBom(bytes: Buffer): { encoding: ResolvedEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: UTF8, length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: { name: "utf-16be", codec: "utf16be" }, length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: { name: "utf-16le", codec: "utf16le" }, length: 2 };
  return null;
}

/** <meta charset=...> or <meta http-equiv=content-type content="...; charset=...">, first wins. */
export function metaCharset(head: string): string | null {
  // Commented-out markup does not count (a common leftover: <!-- <meta charset="gb2312"> -->).
  const visible = head.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  for (const match of visible.matchAll(/<meta(?=[\s/])([^>]*)/gi)) {
    const attributes = parseAttributes(match[1] ?? "");
    const charset = attributes.get("charset");
    if (charset) return charset;
    const httpEquiv = attributes.get("http-equiv");
    const content = attributes.get("content");
    if (httpEquiv?.toLowerCase() === "content-type" && content) {
      const fromContent = /charset\s*=\s*["']?([^"';\s]+)/i.exec(content)?.[1];
      if (fromContent) return fromContent;
    }
  }
  return null;
}

/** <?xml version="1.0" encoding="..."?> at the very start of the document. */
export function xmlDeclarationEncoding(head: string): string | null {
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    const name = match[1]?.toLowerCase();
    // Per the spec's prescan, the first occurrence of an attribute wins.
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}
