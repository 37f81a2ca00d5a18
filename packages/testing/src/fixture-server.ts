// A local HTTP server for tests: real sockets, real bytes, no network. Each route is a handler
// so tests can serve fixture pages, redirects, slow drips, charsets and failures.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** host:port, for SSRF allow-lists. */
  hostPort: string;
  url(path: string): string;
  /** Replace or add a route while the server runs. */
  route(path: string, handler: RouteHandler): void;
  /** How many requests each path has received. */
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, RouteHandler> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://fixture").pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hostPort: `127.0.0.1:${port}`,
    url: (path) => new URL(path, origin).toString(),
    route: (path, handler) => void table.set(path, handler),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Serves a fixed HTML body. */
export function html(body: string, headers: Record<string, string> = {}): RouteHandler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);
  };
}
