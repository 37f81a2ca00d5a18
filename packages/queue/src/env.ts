// The only place @tidemark/queue reads process.env.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
    /** BullMQ key prefix. Tests use their own so they never touch a running install's queues. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
      .default("tidemark"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
