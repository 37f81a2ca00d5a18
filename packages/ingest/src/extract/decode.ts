// Byte -> string for stored HTML files (benchmarks, CLI re-extraction). The HTTP fetcher has its
// own charset handling with response headers; this one only has the bytes to go on.
import iconv from "iconv-lite";

const BOMS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * Decoding order: BOM; then valid UTF-8 wins over any declaration (saved pages often keep a stale
 * legacy <meta charset> after being re-encoded); then the first declared non-UTF-8 charset that
 * iconv-lite knows; then windows-1252, which is what browsers assume for unlabelled legacy pages.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  for (const [signature, encoding] of BOMS) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      return iconv.decode(Buffer.from(bytes.subarray(signature.length)), encoding);
    }
  }
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return utf8;
  const declared = declaredCharsets(bytes);
  const legacy = declared.find((name) => !/^utf-?8$/.test(name) && iconv.encodingExists(name));
  if (legacy !== undefined) return iconv.decode(Buffer.from(bytes), legacy);
  // Declared UTF-8 (or nothing) but a few bytes are broken: keep UTF-8 if it is mostly valid.
  if (declared.length > 0 || mostlyUtf8(bytes)) return lenientUtf8.decode(bytes);
  return iconv.decode(Buffer.from(bytes), "windows-1252");
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // A fatal decoder throws exactly when the bytes are not UTF-8: that is the answer we asked for.
    return null;
  }
}

/** Charsets named in <meta charset> / http-equiv content-type, in document order. */
function declaredCharsets(bytes: Uint8Array): string[] {
  // Declarations are ASCII, so a latin1 view of the head is enough to find them.
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString("latin1");
  const names: string[] = [];
  for (const match of head.matchAll(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/gi)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined) names.push(name === "iso-8859-1" || name === "latin1" ? "windows-1252" : name);
  }
  return names;
}

/** More well-formed multi-byte sequences than stray high bytes. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = lenientUtf8.decode(bytes);
  let replaced = 0;
  let multiByte = 0;
  for (const char of text) {
    if (char === "\uFFFD") replaced++;
    else if (char.charCodeAt(0) > 0x7f) multiByte++;
  }
  return multiByte >= replaced;
}
