// The only place the benchmarks read process.env: where Postgres and Redis are. Each suite then
// runs against its own throwaway database and Redis prefix derived from these.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:5432/tidemark"),
    REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
    /** Suffix for the throwaway databases and Redis prefixes (as the tests use it). */
    TIDEMARK_TEST_NAMESPACE: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
