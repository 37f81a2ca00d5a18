// The only place the CLI reads process.env. Services' settings are validated by their packages.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** pnpm runs scripts from the repository root; this is where the user actually was. */
    INIT_CWD: z.string().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
