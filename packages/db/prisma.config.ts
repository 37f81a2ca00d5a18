// Prisma 7 keeps the connection URL out of schema.prisma. The CLI (generate, and migrate on a
// machine with internet) reads it here.
import { defineConfig, env } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env("DATABASE_URL") },
});
