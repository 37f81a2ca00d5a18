import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages export TypeScript source (create-t3-turbo style); Next compiles them.
  transpilePackages: [
    "@tidemark/db",
    "@tidemark/ingest",
    "@tidemark/intake",
    "@tidemark/queue",
    "@tidemark/schedules",
    "@tidemark/themes",
  ],
  // Node-only libraries with native or dynamic requires stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "bullmq", "ioredis", "pino"],
  typedRoutes: false,
  // `next dev` serves its scripts to the host it was started for (localhost); opened as
  // http://127.0.0.1:<port> the page would render but never hydrate without this.
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
};

export default config;
