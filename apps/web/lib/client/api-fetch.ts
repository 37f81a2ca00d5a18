// The dashboard's fetch helper for its own API. Mutations carry the CSRF token the server set in
// the readable `tidemark_csrf` cookie, echoed in the `x-csrf-token` header (double submit), and
// every error comes back as an ApiClientError with the server's code and message.
const CSRF_COOKIE = "tidemark_csrf";
const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface ApiErrorBody {
  code: string;
  message: string;
  field?: string;
  diagnostic?: { message: string; offset: number; line: number; column: number; length: number };
  details?: unknown;
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

export function csrfToken(): string {
  for (const part of document.cookie.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join("="));
  }
  return "";
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
