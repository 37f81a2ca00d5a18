import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages export TypeScript source (create-t3-turbo style); Next compiles them.
  transpilePackages: [
    "@tidemark/db",
    "@tidemark/ingest",
    "@tidemark/intake",
    "@tidemark/queue",
    "@tidemark/themes",
  ],
  // Node-only libraries with native or dynamic requires stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "bullmq", "ioredis", "pino"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default config;
