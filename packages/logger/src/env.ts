// The only place @tidemark/logger reads process.env.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** pino level; tests default to "silent" so their output stays readable. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    /** "json" (one object per line, for log collectors) or "pretty" (for a terminal). */
    LOG_FORMAT: z.enum(["json", "pretty"]).default("json"),
    NODE_ENV: z.enum(["development", "test", "production"]).optional(),
    /** Where log lines go: stdout for services; the CLI uses stderr so its stdout stays clean. */
    LOG_STREAM: z.enum(["stdout", "stderr"]).default("stdout"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
