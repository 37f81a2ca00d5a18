// Reads a response body with a hard cap on the *decompressed* bytes, so a 10 KB gzip that inflates
// to gigabytes (a "gzip bomb") is cut off as soon as it crosses the cap, not after it fills memory.
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchError } from "./errors.ts";

export interface LimitedBodyOptions {
  /** The Content-Encoding header, e.g. "gzip" or "gzip, br" (applied in that order). */
  contentEncoding: string | undefined;
  maxBytes: number;
  /** "error" throws `too_large`; "truncate" keeps the first maxBytes (robots.txt does this). */
  onLimit: "error" | "truncate";
  url?: string;
}

export interface LimitedBody {
  bytes: Buffer;
  truncated: boolean;
}

/** Thrown inside the pipeline to stop reading in truncate mode; never escapes this module. */
class StopReading extends Error {}

export async function readLimitedBody(body: Readable, options: LimitedBodyOptions): Promise<LimitedBody> {
  const { maxBytes, onLimit, url } = options;
  const decoders = decodersFor(options.contentEncoding, url);
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  // Compressed data is never larger than the cap allows decompressed data to be, give or take
  // gzip framing, so the same cap on the wire stops streams that inflate to nothing.
  let wireBytes = 0;
  const wireLimit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes + 65_536) done(tooLarge(maxBytes, url));
      else done(null, chunk);
    },
  });

  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (total + chunk.length <= maxBytes) {
        chunks.push(chunk);
        total += chunk.length;
        done();
        return;
      }
      if (onLimit === "error") {
        done(tooLarge(maxBytes, url));
        return;
      }
      chunks.push(chunk.subarray(0, maxBytes - total));
      total = maxBytes;
      truncated = true;
      done(new StopReading());
    },
  });

  try {
    // An error anywhere (the cap, a corrupt gzip, the deadline) destroys every stage, so the
    // decompressor stops inflating and the socket is released at once.
    await pipeline([body, wireLimit, ...decoders, sink]);
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
  }
  return { bytes: Buffer.concat(chunks, total), truncated };
}

/** Inflates a body that is itself a .gz file, under the same cap. */
export async function gunzipLimited(bytes: Buffer, maxBytes: number, url?: string): Promise<Buffer> {
  const result = await readLimitedBody(Readable.from([bytes]), {
    contentEncoding: "gzip",
    maxBytes,
    onLimit: "error",
    url,
  });
  return result.bytes;
}

function decodersFor(contentEncoding: string | undefined, url: string | undefined): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .toLowerCase()
    .split(",")
    .map((coding) => coding.trim())
    .filter((coding) => coding !== "" && coding !== "identity");
  // Codings are listed in the order they were applied, so undo them last-first.
  return codings.reverse().map((coding) => {
    switch (coding) {
      case "gzip":
      case "x-gzip":
        return createGunzip();
      case "deflate":
        return createInflate();
      case "br":
        return createBrotliDecompress();
      default:
        throw new FetchError(
          "unsupported_content_encoding",
          `The server used an unsupported compression (${coding}).`,
          {
            url,
          },
        );
    }
  });
}

export function tooLarge(maxBytes: number, url: string | undefined): FetchError {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / (1024 * 1024))} MB`
      : `${Math.ceil(maxBytes / 1024)} KB`;
  return new FetchError("too_large", `The page is larger than the ${size} limit.`, { url });
}
