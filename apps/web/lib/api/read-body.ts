// Reads a request body up to a limit, counting bytes as they arrive: a client that lies about
// (or omits) Content-Length still gets a 413 as soon as it passes the limit, and nothing larger
// is ever held in memory.
import { ApiError } from "./errors";

export function tooLarge(limitBytes: number): ApiError {
  const mb = limitBytes / 1024 / 1024;
  const limit = mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(limitBytes / 1024)} KB`;
  return new ApiError(413, "too_large", `The request body is larger than the limit of ${limit}.`, {
    limitBytes,
  });
}

/** The body as a stream that fails with a 413 ApiError once more than `limitBytes` pass. */
export function limitedBody(request: Request, limitBytes: number): ReadableStream<Uint8Array> | null {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return null;
  let seen = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limitBytes) controller.error(tooLarge(limitBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** The body as text, refused with a 413 past the limit. */
export async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  const body = limitedBody(request, limitBytes);
  if (!body) return "";
  try {
    return await new Response(body).text();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, "unreadable_body", "The request body could not be read.");
  }
}
