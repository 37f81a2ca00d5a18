// The only place the web app reads process.env. Database/Redis settings are validated by
// @tidemark/db and @tidemark/queue.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** The first admin, created on first start when there are no users yet. */
    TIDEMARK_ADMIN_USERNAME: z.string().trim().min(1).default("admin"),
    TIDEMARK_ADMIN_PASSWORD: z.string().min(8, "at least 8 characters").optional(),
    TIDEMARK_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    /** Mark cookies Secure. Default: only when requests arrive over https. */
    TIDEMARK_SECURE_COOKIES: z.enum(["auto", "always", "never"]).default("auto"),
    /** Failed logins allowed per username+address in 15 minutes before we ask to wait. */
    TIDEMARK_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
