// Every API route goes through here: authentication (session cookie or bearer token), CSRF
// protection for cookie-authenticated mutations, zod validation of query and body, and errors
// mapped to JSON with a plain message.
import { ThemeInputError } from "@tidemark/themes/definitions";
import { NextResponse } from "next/server";
import { z } from "zod";
import { type Auth, authenticateRequest } from "@/lib/auth/authenticate";
import { CSRF_HEADER } from "@/lib/auth/cookies";
import { ApiError } from "./errors";

type Schema = z.ZodType | undefined;
type Infer<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<Q extends Schema, B extends Schema> {
  request: Request;
  auth: Auth;
  query: Infer<Q>;
  body: Infer<B>;
  params: Record<string, string>;
}

interface RouteOptions<Q extends Schema, B extends Schema> {
  query?: Q;
  body?: B;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function apiRoute<Q extends Schema = undefined, B extends Schema = undefined>(
  options: RouteOptions<Q, B>,
  handler: (ctx: RouteContext<Q, B>) => Promise<Response | object>,
) {
  return async (
    request: Request,
    segment: { params: Promise<Record<string, string | string[]>> },
  ): Promise<Response> => {
    try {
      const auth = await authenticateRequest(request);
      if (!auth)
        throw new ApiError(
          401,
          "unauthenticated",
          "Log in, or send an API token as Authorization: Bearer <token>.",
        );
      if (auth.via === "session" && !SAFE_METHODS.has(request.method)) checkCsrf(request, auth.csrfToken);
      const params = Object.fromEntries(
        Object.entries((await segment.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      const query = options.query ? parseQuery(request, options.query) : undefined;
      const body = options.body ? await parseBody(request, options.body) : undefined;
      const result = await handler({
        request,
        auth,
        params,
        query: query as Infer<Q>,
        body: body as Infer<B>,
      });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function checkCsrf(request: Request, expected: string): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) {
    throw new ApiError(403, "csrf", "This request came from another site and was refused.");
  }
  if (request.headers.get(CSRF_HEADER) !== expected) {
    throw new ApiError(403, "csrf", `Missing or wrong ${CSRF_HEADER} header; reload the page and try again.`);
  }
}

/** Query strings: repeated keys become arrays, so schemas can accept ?theme=a&theme=b. */
function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return schema.parse(raw);
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new ApiError(400, "invalid_json", "The request body must be JSON.");
  }
  return schema.parse(raw);
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status, headers: error.headers },
    );
  }
  if (error instanceof z.ZodError) {
    return NextResponse.json(
      { error: { code: "invalid_input", message: z.prettifyError(error), issues: error.issues } },
      { status: 400 },
    );
  }
  if (error instanceof ThemeInputError) {
    return NextResponse.json(
      {
        error: {
          code: "invalid_theme",
          message: error.message,
          field: error.field,
          diagnostic: error.diagnostic,
        },
      },
      { status: 422 },
    );
  }
  console.error("[tidemark] API error", error);
  return NextResponse.json(
    {
      error: { code: "internal_error", message: "Something went wrong on the server; the error was logged." },
    },
    { status: 500 },
  );
}
