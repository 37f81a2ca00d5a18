// The only place the CLI reads process.env. The CLI's own settings are validated here; the
// services' settings (DATABASE_URL, REDIS_URL, …) are validated by their packages' presets when a
// command first loads them, so `tidemark --help` and `tidemark extract` never load Prisma or BullMQ.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** pnpm runs scripts from the repository root; this is where the user actually was. */
    INIT_CWD: z.string().optional(),
    /** A remote Tidemark's address: with TIDEMARK_TOKEN, commands use its HTTP API. */
    TIDEMARK_URL: z.url().optional(),
    /** An API token (Settings → API tokens) for TIDEMARK_URL. */
    TIDEMARK_TOKEN: z.string().min(1).optional(),
    /** The first admin, for `tidemark users first-admin` (what `npm start` runs). */
    TIDEMARK_ADMIN_USERNAME: z.string().min(1).default("admin"),
    TIDEMARK_ADMIN_PASSWORD: z.string().min(8, "at least 8 characters").optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
