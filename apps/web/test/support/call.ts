// Calls an exported route handler with a real Request, the way Next.js does.
type Handler = (
  request: Request,
  segment: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

export type Credential =
  | { session: { cookie: string; csrf: string }; csrf?: boolean }
  | { bearer: string }
  | undefined;

interface CallOptions {
  method?: string;
  path: string;
  as?: Credential;
  json?: unknown;
  body?: BodyInit;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export async function call(handler: Handler, options: CallOptions): Promise<Response> {
  const headers = new Headers(options.headers);
  const as = options.as;
  if (as && "bearer" in as) headers.set("authorization", `Bearer ${as.bearer}`);
  if (as && "session" in as) {
    headers.set("cookie", as.session.cookie);
    if (as.csrf !== false) headers.set("x-csrf-token", as.session.csrf);
  }
  let body = options.body;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  }
  const request = new Request(`http://localhost${options.path}`, {
    method: options.method ?? "GET",
    headers,
    body,
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
