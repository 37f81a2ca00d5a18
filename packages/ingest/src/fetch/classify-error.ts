// Maps the zoo of undici, net, dns, tls and zlib errors onto FetchError codes, so callers never
// have to know which layer failed to decide whether to retry.
import { FetchError, type FetchErrorCode } from "./errors.ts";

export interface ClassifyContext {
  url: string;
  /** Our total deadline fired (the abort reason tells us nothing reliable, so we track it). */
  deadlineExceeded: boolean;
  totalTimeoutMs: number;
  /** The caller's own AbortSignal fired. */
  callerAborted: boolean;
}

const BY_CODE: Record<string, [FetchErrorCode, string]> = {
  UND_ERR_CONNECT_TIMEOUT: ["connect_timeout", "The server did not accept a connection in time."],
  ETIMEDOUT: ["connect_timeout", "The server did not accept a connection in time."],
  UND_ERR_HEADERS_TIMEOUT: [
    "headers_timeout",
    "The server accepted the connection but did not answer in time.",
  ],
  UND_ERR_BODY_TIMEOUT: ["body_timeout", "The server stopped sending the page part-way through."],
  ECONNREFUSED: ["connection_refused", "The server refused the connection."],
  ECONNRESET: ["connection_reset", "The connection was closed unexpectedly."],
  EPIPE: ["connection_reset", "The connection was closed unexpectedly."],
  ECONNABORTED: ["connection_reset", "The connection was closed unexpectedly."],
  UND_ERR_SOCKET: ["connection_reset", "The connection was closed unexpectedly."],
  UND_ERR_CLOSED: ["connection_reset", "The connection was closed unexpectedly."],
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: [
    "connection_reset",
    "The server sent less of the page than it promised.",
  ],
  EHOSTUNREACH: ["network_unreachable", "The server's network could not be reached."],
  ENETUNREACH: ["network_unreachable", "The server's network could not be reached."],
  EHOSTDOWN: ["network_unreachable", "The server's network could not be reached."],
  ENETDOWN: ["network_unreachable", "The server's network could not be reached."],
  ENOTFOUND: ["dns_not_found", "The site's domain name does not exist."],
  EAI_AGAIN: ["dns_temporary", "The site's domain name could not be looked up right now."],
  ESERVFAIL: ["dns_temporary", "The site's domain name could not be looked up right now."],
  UND_ERR_HEADERS_OVERFLOW: ["protocol_error", "The server sent malformed or oversized HTTP headers."],
  UND_ERR_RES_EXCEEDED_MAX_SIZE: ["too_large", "The page is larger than the size limit."],
  UND_ERR_ABORTED: ["aborted", "The fetch was cancelled."],
};

export function classifyFetchError(error: unknown, context: ClassifyContext): FetchError {
  const ours = findFetchError(error);
  if (ours) return ours;
  const { url } = context;
  if (context.deadlineExceeded) {
    const seconds = Math.round(context.totalTimeoutMs / 100) / 10;
    return new FetchError("total_timeout", `The page took longer than ${seconds} s to download.`, {
      url,
      cause: error,
    });
  }
  if (context.callerAborted)
    return new FetchError("aborted", "The fetch was cancelled.", { url, cause: error });

  const code = findCode(error);
  const known = code === undefined ? undefined : BY_CODE[code];
  if (known) return new FetchError(known[0], known[1], { url, cause: error });
  if (code !== undefined) {
    if (code.startsWith("HPE_")) {
      return new FetchError("protocol_error", "The server sent a malformed HTTP response.", {
        url,
        cause: error,
      });
    }
    if (code.startsWith("Z_") || code.includes("BROTLI")) {
      return new FetchError("content_decoding_failed", "The page's compressed data is corrupt.", {
        url,
        cause: error,
      });
    }
    if (isTlsCode(code)) {
      return new FetchError("tls_error", "The site's HTTPS certificate or encryption setup is invalid.", {
        url,
        cause: error,
      });
    }
    if (/^E[A-Z]+$/.test(code) || code.startsWith("UND_ERR")) {
      return new FetchError("network_error", `The connection failed (${code}).`, { url, cause: error });
    }
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FetchError("internal_error", `The fetch failed unexpectedly: ${detail}`, { url, cause: error });
}

/** The first error code found on the error, its `cause` chain or an AggregateError's members. */
function findCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code !== "UND_ERR") return code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = findCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findCode((error as { cause?: unknown }).cause, depth + 1);
}

/** Our own errors (e.g. blocked_address from the connector) may arrive wrapped by undici or net. */
function findFetchError(error: unknown, depth = 0): FetchError | undefined {
  if (error instanceof FetchError) return error;
  if (depth > 5 || typeof error !== "object" || error === null) return undefined;
  return findFetchError((error as { cause?: unknown }).cause, depth + 1);
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith("ERR_TLS_") ||
    code.startsWith("ERR_SSL_") ||
    code.startsWith("CERT_") ||
    code.includes("SELF_SIGNED") ||
    code.startsWith("UNABLE_TO_") ||
    code === "DEPTH_ZERO_SELF_SIGNED_CERT" ||
    code === "HOSTNAME_MISMATCH"
  );
}
