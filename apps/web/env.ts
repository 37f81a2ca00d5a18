// The only place the web app reads process.env. Database, Redis and logging settings are
// validated by their packages' presets, composed here with `extends` (create-t3-turbo style).
import { createEnv } from "@t3-oss/env-nextjs";
import { alertsEnv } from "@tidemark/alerts";
import { env as dbEnv } from "@tidemark/db/env";
import { env as loggerEnv } from "@tidemark/logger/env";
import { queueEnv } from "@tidemark/queue";
import { z } from "zod";

export const env = createEnv({
  extends: [dbEnv, queueEnv, loggerEnv, alertsEnv],
  server: {
    /** The first admin, created on first start when there are no users yet. */
    TIDEMARK_ADMIN_USERNAME: z.string().trim().min(1).default("admin"),
    TIDEMARK_ADMIN_PASSWORD: z.string().min(8, "at least 8 characters").optional(),
    TIDEMARK_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    /** Mark cookies Secure. Default: only when requests arrive over https. */
    TIDEMARK_SECURE_COOKIES: z.enum(["auto", "always", "never"]).default("auto"),
    /** Failed logins allowed per username+address in 15 minutes before we ask to wait. */
    TIDEMARK_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
    /** Failed logins allowed per client address (any usernames) in an hour before it is blocked. */
    TIDEMARK_LOGIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
    /**
     * Reverse proxies allowed to name the client in X-Forwarded-For: addresses or CIDR ranges,
     * comma-separated, or "loopback" / "private". Empty: the socket address is the client.
     */
    TIDEMARK_TRUSTED_PROXIES: z.string().optional(),
    /** The interface the dashboard listens on. Default: this machine only. */
    HOST: z.string().trim().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
