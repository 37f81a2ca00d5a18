// Remote mode: with TIDEMARK_URL and TIDEMARK_TOKEN set, commands talk to a Tidemark server over
// its HTTP API (docs/api.md) instead of opening the database. Errors come back as the server's
// own sentence; a command the API cannot do says so (requireLocal).
import { env } from "../env.ts";
import { CliError, EXIT } from "../exit-codes.ts";

export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

interface ApiErrorBody {
  error?: { code?: string; message?: string };
}

export class RemoteClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  url(path: string, query: Query = {}): string {
    const url = new URL(
      path.replace(/^\//, ""),
      this.baseUrl.endsWith("/") ? this.baseUrl : `${this.baseUrl}/`,
    );
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
    }
    return url.toString();
  }

  /** The raw response of a successful request (for streaming exports); errors become CliErrors. */
  async request(
    method: string,
    path: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<Response> {
    const url = this.url(path, options.query);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          accept: "application/json",
          ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        redirect: "manual",
      });
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new CliError(`Cannot reach the Tidemark server at ${this.baseUrl} (TIDEMARK_URL): ${cause}`);
    }
    if (response.ok) return response;
    const body = (await response.json().catch(() => ({}))) as ApiErrorBody;
    const message = body.error?.message ?? `${response.status} ${response.statusText}`;
    if (response.status === 401)
      throw new CliError(
        `The server refused TIDEMARK_TOKEN (unknown, expired or revoked): ${message} Create a token in Settings → API tokens.`,
      );
    const usage = response.status === 400 || response.status === 404 || response.status === 422;
    throw new CliError(message, usage ? EXIT.usage : EXIT.failure);
  }

  async json<T>(method: string, path: string, options: { query?: Query; body?: unknown } = {}): Promise<T> {
    return (await (await this.request(method, path, options)).json()) as T;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.json<T>("GET", path, query ? { query } : {});
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.json<T>("POST", path, { body });
  }
}

/** The remote server when TIDEMARK_URL (and TIDEMARK_TOKEN) are set, else null: work locally. */
export function remoteClient(): RemoteClient | null {
  if (!env.TIDEMARK_URL && !env.TIDEMARK_TOKEN) return null;
  if (!env.TIDEMARK_URL || !env.TIDEMARK_TOKEN)
    throw new CliError(
      "Remote mode needs both TIDEMARK_URL (the server's address) and TIDEMARK_TOKEN (an API token from Settings).",
      EXIT.usage,
    );
  return new RemoteClient(env.TIDEMARK_URL, env.TIDEMARK_TOKEN);
}

/** For commands the HTTP API does not offer: a clear error in remote mode. */
export function requireLocal(command: string, instead?: string): void {
  if (!env.TIDEMARK_URL && !env.TIDEMARK_TOKEN) return;
  throw new CliError(
    `"tidemark ${command}" needs direct access to the database, which remote mode does not have. ` +
      (instead ? `${instead} ` : "") +
      "Run it on the server, or unset TIDEMARK_URL and TIDEMARK_TOKEN to work locally.",
    EXIT.usage,
  );
}
