// Calls an exported route handler with a real NextRequest, the way Next.js does. The client
// address header stands in for what server.ts derives from the socket.
import { NextRequest } from "next/server";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

type Handler = (
  request: NextRequest,
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
  /** The client's address as server.ts would pass it on; default 192.0.2.1. */
  address?: string;
}

export async function call(handler: Handler, options: CallOptions): Promise<Response> {
  const headers = new Headers(options.headers);
  if (!headers.has(CLIENT_ADDRESS_HEADER)) headers.set(CLIENT_ADDRESS_HEADER, options.address ?? "192.0.2.1");
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
  const request = new NextRequest(`http://localhost${options.path}`, {
    method: options.method ?? "GET",
    headers,
    body,
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
