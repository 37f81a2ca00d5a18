// The only place @tidemark/db reads process.env. Everything is validated once, at first import.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:5432/tidemark"),
    /** Pool size per process. Workers and the web app each hold one pool. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(16),
    /**
     * PostgreSQL's JIT compiler for this app's connections. Off by default: the dashboard's
     * aggregate queries are short, but their row estimates are large enough to trigger JIT, whose
     * compilation alone took 300 ms of an 870 ms series query at 1M articles (38 ms without it).
     */
    DATABASE_JIT: z
      .enum(["on", "off"])
      .default("off")
      .transform((v) => v === "on"),
    /**
     * A read replica for dashboard reads (pages of the web app); unset: everything uses
     * DATABASE_URL. Writes, the API's writes and every worker always use DATABASE_URL.
     */
    DATABASE_READ_URL: z.url().optional(),
    /** Where `migrate:dev` builds its throwaway shadow database. Defaults to a temporary one on the same server. */
    SHADOW_DATABASE_URL: z.url().optional(),
    PRISMA_SCHEMA_ENGINE_BINARY: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

/** The environment for a child process: the parent's, plus overrides. */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
