import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security/csp";

const config: NextConfig = {
  // Workspace packages export TypeScript source (create-t3-turbo style); Next compiles them.
  transpilePackages: [
    "@tidemark/accounts",
    "@tidemark/alerts",
    "@tidemark/articles",
    "@tidemark/db",
    "@tidemark/ingest",
    "@tidemark/intake",
    "@tidemark/queue",
    "@tidemark/schedules",
    "@tidemark/stories",
    "@tidemark/neardup",
    "@tidemark/themes",
    "@tidemark/quotes",
    "@tidemark/voices",
    "@tidemark/logger",
  ],
  // Node-only libraries with native or dynamic requires stay outside the server bundle.
  serverExternalPackages: [
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "bullmq",
    "ioredis",
    "pino",
    "pino-pretty",
    "@node-rs/argon2",
    "rate-limiter-flexible",
    "nodemailer",
  ],
  typedRoutes: false,
  // `next dev` serves its scripts to the host it was started for (localhost); opened as
  // http://127.0.0.1:<port> the page would render but never hydrate without this.
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // nosniff, Referrer-Policy, X-Frame-Options and friends on every response, API included. The
  // CSP (with its per-request nonce) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default config;
