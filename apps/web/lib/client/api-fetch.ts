// The dashboard's fetch helper for its own API. Mutations carry the session's CSRF token (from the
// layout's <meta name="tidemark-csrf">) in the `x-csrf-token` header, and every error comes back
// as an ApiClientError with the server's code and message. Cookies are never parsed here.
const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface ApiErrorBody {
  code: string;
  message: string;
  field?: string;
  diagnostic?: { message: string; offset: number; line: number; column: number; length: number };
  details?: unknown;
  /** Validation errors (invalid_input): where and what, to show on the field they concern. */
  issues?: { code: string; path: (string | number)[]; message: string }[];
}

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = "ApiClientError";
  }
}

/** The session's CSRF token, which the signed-in layout renders into a <meta> tag. */
export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="tidemark-csrf"]')?.content ?? "";
}

interface ApiFetchOptions {
  method?: string;
  /** Sent as a JSON body. */
  json?: unknown;
  /** Sent as multipart form data (uploads). */
  form?: FormData;
  signal?: AbortSignal;
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const method = options.method ?? (options.json !== undefined || options.form ? "POST" : "GET");
  const headers = new Headers({ accept: "application/json" });
  if (!SAFE_METHODS.has(method)) headers.set(CSRF_HEADER, csrfToken());
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(path, {
    method,
    headers,
    body,
    signal: options.signal,
    credentials: "same-origin",
  });
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = (parsed as { error?: ApiErrorBody } | null)?.error;
    throw new ApiClientError(
      response.status,
      error ?? { code: "http_error", message: `The server answered ${response.status}.` },
    );
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A proxy error page or similar: report it as a message instead of a parse crash.
    return { error: { code: "bad_response", message: text.slice(0, 200) } };
  }
}

/** A message for any thrown value, for inline error display. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiClientError) return error.body.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
