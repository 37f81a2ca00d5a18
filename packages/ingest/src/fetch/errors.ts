// One error type for every way a fetch can fail, so the worker decides "retry later" or "give up"
// from `retryable` alone and the dashboard shows `message` as-is.
import { STATUS_CODES } from "node:http";

/** Failures worth retrying later: the site or the network may recover. */
export const RETRYABLE_FETCH_ERROR_CODES = [
  "connect_timeout",
  "headers_timeout",
  "body_timeout",
  "total_timeout",
  "connection_refused",
  "connection_reset",
  "network_unreachable",
  "network_error",
  "dns_temporary",
  "host_busy",
  "robots_unavailable",
  "redis_unavailable",
] as const;

/** Failures that will not change on retry. */
export const PERMANENT_FETCH_ERROR_CODES = [
  "invalid_url",
  "unsupported_scheme",
  "blocked_address",
  "dns_not_found",
  "robots_disallowed",
  "too_many_redirects",
  "invalid_redirect",
  "too_large",
  "unsupported_content_type",
  "unsupported_content_encoding",
  "content_decoding_failed",
  "tls_error",
  "protocol_error",
  "aborted",
  "internal_error",
] as const;

export const FETCH_ERROR_CODES = [...RETRYABLE_FETCH_ERROR_CODES, ...PERMANENT_FETCH_ERROR_CODES] as const;

/** HTTP failures carry their status: `http_404`, `http_503`, ... */
export type HttpErrorCode = `http_${number}`;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number] | HttpErrorCode;

export interface FetchErrorOptions {
  /** Overrides the code's default retryability. */
  retryable?: boolean;
  retryAfterMs?: number;
  status?: number;
  /** The URL being fetched when the failure happened (after redirects). */
  url?: string;
  cause?: unknown;
}

const retryableCodes: ReadonlySet<string> = new Set(RETRYABLE_FETCH_ERROR_CODES);

export class FetchError extends Error {
  override readonly name = "FetchError";
  readonly code: FetchErrorCode;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  readonly url: string | undefined;

  /** `message` is a plain sentence meant for people, e.g. "The server answered 404 Not Found." */
  constructor(code: FetchErrorCode, message: string, options: FetchErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? retryableCodes.has(code);
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
    this.url = options.url;
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}

/** 408, 425, 429 and every 5xx are transient by definition; other 4xx are the final answer. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429;
}

export function httpStatusError(
  status: number,
  statusText: string | undefined,
  options: { retryAfterMs?: number; url?: string } = {},
): FetchError {
  const reason = statusText?.trim() || STATUS_CODES[status] || "";
  const message = `The server answered ${status}${reason ? ` ${reason}` : ""}.`;
  return new FetchError(`http_${status}`, message, {
    status,
    retryable: isRetryableStatus(status),
    retryAfterMs: options.retryAfterMs,
    url: options.url,
  });
}
