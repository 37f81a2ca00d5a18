// Every API route goes through here (Formbricks style). A route declares the role it needs,
// whether API tokens may call it, and zod schemas for its query, body and params (object schemas
// in bodies and params are made strict: unknown fields get a 400 naming them). The wrapper authenticates (session
// cookie or bearer token), enforces token scope, role and CSRF, refuses control characters in
// any input, caps the body size, tags the request with an id (x-request-id header and logs), and
// maps errors to JSON with a plain message.
import { randomUUID } from "node:crypto";
import { type Role, roleAtLeast } from "@tidemark/accounts";
import { prisma } from "@tidemark/db";
import type { Logger } from "@tidemark/logger";
import { childLogger } from "@tidemark/logger";
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { type Auth, authenticateRequest } from "@/lib/auth/authenticate";
import { CSRF_HEADER } from "@/lib/auth/cookies";
import { resolveCollectionParam } from "@/lib/collections/collection-refs";
import { resolveThemeParam } from "@/lib/themes/theme-refs";
import { rejectControlCharacters } from "./control-chars";
import { errorResponse } from "./error-response";
import { ApiError } from "./errors";
import { readLimitedText } from "./read-body";
import { assertSameOrigin } from "./same-origin";

type Schema = z.ZodType | undefined;
type Infer<S extends Schema, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

export interface RouteContext<Q extends Schema, B extends Schema, P extends Schema> {
  request: NextRequest;
  auth: Auth;
  query: Infer<Q, undefined>;
  body: Infer<B, undefined>;
  params: Infer<P, Record<string, string>>;
  requestId: string;
  log: Logger;
}

interface RouteOptions<Q extends Schema, B extends Schema, P extends Schema> {
  /** The least role that may call this route. */
  role: Role;
  /** "never": browser sessions only (managing tokens, users, passwords). Default: allowed. */
  tokens?: "allowed" | "never";
  /** Tokens of the metrics scope may call this route (only /api/metrics does). Default: false. */
  metricsScope?: boolean;
  query?: Q;
  body?: B;
  params?: P;
  /**
   * Also accept an API token in the `token` query parameter (feed readers can only be given a
   * URL). Such a token must have the read scope: a URL ends up in logs and reader settings.
   */
  queryToken?: boolean;
  /** Largest JSON body accepted; default 1 MB. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

type Segment = { params: Promise<Record<string, string | string[]>> };

export function apiRoute<
  Q extends Schema = undefined,
  B extends Schema = undefined,
  P extends Schema = undefined,
>(options: RouteOptions<Q, B, P>, handler: (ctx: RouteContext<Q, B, P>) => Promise<Response | object>) {
  const route = async (request: NextRequest, segment: Segment): Promise<Response> => {
    const incoming = request.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const log = childLogger({ requestId, method: request.method, path: new URL(request.url).pathname });
    const started = performance.now();
    let response: Response;
    try {
      const auth = await authorize(request, options);
      const rawParams = Object.fromEntries(
        Object.entries((await segment.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      rejectControlCharacters(rawParams, "The path");
      const params = options.params ? strict(options.params).parse(rawParams) : rawParams;
      // Query strings stay lenient (links and cache-busters add keys); JSON bodies and params do not.
      const query = options.query ? await parseQuery(request, options.query) : undefined;
      const body = options.body
        ? await parseBody(request, strict(options.body), options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
        : undefined;
      const result = await handler({
        request,
        auth,
        params: params as Infer<P, Record<string, string>>,
        query: query as Infer<Q, undefined>,
        body: body as Infer<B, undefined>,
        requestId,
        log,
      });
      response = result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      response = errorResponse(error, log);
    }
    response.headers.set("x-request-id", requestId);
    log.info({ status: response.status, ms: Math.round(performance.now() - started) }, "api request");
    return response;
  };
  // What the route declared, for the route-policy tests.
  const policy: RoutePolicy = { role: options.role, tokens: options.tokens ?? "allowed" };
  return Object.assign(route, { policy });
}

export interface RoutePolicy {
  role: Role;
  tokens: "allowed" | "never";
}

async function authorize<Q extends Schema, B extends Schema, P extends Schema>(
  request: NextRequest,
  options: RouteOptions<Q, B, P>,
): Promise<Auth> {
  const auth = await authenticateRequest(request, { queryToken: options.queryToken ?? false });
  if (!auth)
    throw new ApiError(
      401,
      "unauthenticated",
      "Log in, or send an API token as Authorization: Bearer <token>.",
    );
  const safe = SAFE_METHODS.has(request.method);
  if (auth.via === "session" && !safe) checkCsrf(request, auth.csrfToken);
  if (auth.via === "token") {
    if (options.queryToken && auth.scope !== "read" && !request.headers.get("authorization"))
      throw new ApiError(
        403,
        "read_scope_required",
        "A token in a URL must have the read scope; create a read-only token for feeds in Settings.",
      );
    if (options.tokens === "never")
      throw new ApiError(
        403,
        "session_required",
        "This can only be done from the dashboard, not with an API token.",
      );
    if (auth.scope === "metrics" && !options.metricsScope)
      throw new ApiError(
        403,
        "insufficient_scope",
        "This token has the metrics scope: it may only read GET /api/metrics.",
      );
    if (!safe && auth.scope !== "write")
      throw new ApiError(
        403,
        "insufficient_scope",
        "This token has the read scope; this request needs write.",
      );
  }
  if (!roleAtLeast(auth.user.role, options.role))
    throw new ApiError(403, "forbidden", `This needs the ${options.role} role; you are ${auth.user.role}.`);
  return auth;
}

/** Object schemas refuse unknown keys; other schemas are used as they are. */
function strict<S extends z.ZodType>(schema: S): S {
  return (schema instanceof z.ZodObject ? schema.strict() : schema) as S;
}

function checkCsrf(request: Request, expected: string): void {
  assertSameOrigin(request);
  if (request.headers.get(CSRF_HEADER) !== expected) {
    throw new ApiError(403, "csrf", `Missing or wrong ${CSRF_HEADER} header; reload the page and try again.`);
  }
}

/**
 * Query strings: repeated keys become arrays, so schemas can accept ?theme=a&theme=b; themes may
 * and source collections may be named by slug (turned into ids before the schema sees them).
 */
async function parseQuery<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  rejectControlCharacters(raw, "The query");
  return schema.parse(await resolveCollectionParam(prisma, await resolveThemeParam(prisma, raw)));
}

export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<z.output<S>> {
  const text = await readLimitedText(request, maxBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body must be JSON.");
  }
  rejectControlCharacters(raw, "The body");
  const parsed = schema.parse(raw);
  rejectDroppedKeys(raw, parsed);
  return parsed;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Unions and other non-object schemas cannot be made strict; zod quietly drops the keys they do
 * not know. A top-level key the client sent that is missing from the parsed result is one of
 * those: name it in a 400 rather than ignore it.
 */
function rejectDroppedKeys(raw: unknown, parsed: unknown): void {
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return;
  const dropped = Object.keys(raw).filter((k) => !(k in parsed));
  if (dropped.length > 0) {
    throw new ApiError(400, "unknown_fields", `Unknown field(s): ${dropped.join(", ")}.`, {
      fields: dropped,
    });
  }
}

export { errorResponse } from "./error-response";
