// The dashboard's HTTP server (`pnpm start`): Next.js behind a plain Node server, so that the
// client's address comes from the socket (and from X-Forwarded-For only via trusted proxies)
// before any application code runs. Listens on 127.0.0.1 unless HOST says otherwise.
import { createServer } from "node:http";
import { logger } from "@tidemark/logger";
import next from "next";
import { env } from "./env";
import { CLIENT_ADDRESS_HEADER } from "./lib/net/client-address";
import { parseTrustedProxies, resolveClientAddress } from "./lib/net/trusted-proxies";

const trusted = parseTrustedProxies(env.TIDEMARK_TRUSTED_PROXIES);
const dev = process.argv.includes("--dev");
const app = next({ dev, hostname: env.HOST, port: env.PORT, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const forwarded = req.headers["x-forwarded-for"];
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trusted,
  );
  handle(req, res).catch((error: unknown) => {
    logger.error({ err: error }, "request failed outside the app");
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// Keep idle connections longer than clients and proxies do (they usually give up after 60 s), so
// the server never closes a socket just as a client reuses it (seen as ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(env.PORT, env.HOST, () => {
  logger.info({ host: env.HOST, port: env.PORT }, `dashboard listening on http://${env.HOST}:${env.PORT}`);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
