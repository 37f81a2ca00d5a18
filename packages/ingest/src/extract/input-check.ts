// Refuses input that is not a web page before any parsing: binary files (images, PDFs, archives,
// random bytes) decoded as text would otherwise come out as hundreds of thousands of "words".
import { ExtractionError } from "./errors.ts";

/** Signatures (four bytes or more) of common binary formats, as windows-1252 or UTF-8 decode them. */
const BINARY_SIGNATURES: readonly string[] = [
  "%PDF-",
  "\u2030PNG",
  "\u0089PNG",
  "GIF87a",
  "GIF89a",
  "PK\u0003\u0004",
  "\u001f\u2039\u0008",
  "\u001f\u008b\u0008",
  "\u00ff\u00d8\u00ff",
  "\u00ff\u02dc\u00ff",
  "\u0000\u0000\u0001\u0000",
  "7z\u00bc\u00af",
  "Rar!",
  "OggS",
  "\u007fELF",
];

/** How much of the input is inspected: enough to judge, cheap on megabyte pages. */
const SAMPLE = 16 * 1024;
/** Text (any language, any encoding) has almost no control characters; binary has ~10 %. */
const MAX_CONTROL_SHARE = 0.02;

export function assertHtmlLike(input: string): void {
  const start = input.replace(/^\uFEFF/, "").slice(0, 16);
  const signature = BINARY_SIGNATURES.find((prefix) => start.startsWith(prefix));
  if (signature !== undefined) {
    throw new ExtractionError("not_html", "The input is a binary file, not an HTML page.");
  }
  const sample = input.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // C0 controls except tab, line feed, form feed and carriage return; C1 controls; U+FFFD.
    if (
      (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0xfffd
    ) {
      control++;
    }
  }
  if (sample.length >= 64 && control / sample.length > MAX_CONTROL_SHARE) {
    throw new ExtractionError(
      "not_html",
      `The input is not text (${control} control or undecodable characters in its first ${sample.length}).`,
    );
  }
}
