// The only place the CLI reads process.env. Services' settings are validated by their packages'
// presets, composed here with `extends` (create-t3-turbo style); .env.example lists them all.
import { createEnv } from "@t3-oss/env-core";
import { env as dbEnv } from "@tidemark/db/env";
import { env as ingestEnv } from "@tidemark/ingest/env";
import { env as loggerEnv } from "@tidemark/logger/env";
import { queueEnv } from "@tidemark/queue";
import { z } from "zod";

export const env = createEnv({
  extends: [dbEnv, queueEnv, ingestEnv, loggerEnv],
  server: {
    /** pnpm runs scripts from the repository root; this is where the user actually was. */
    INIT_CWD: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
