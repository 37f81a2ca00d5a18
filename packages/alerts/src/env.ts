// The only place @tidemark/alerts reads process.env: how alert e-mail is sent, webhook timeouts.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const alertsEnv = createEnv({
  server: {
    /** SMTP server for alert e-mail, e.g. smtp://user:pass@mail.example.com:587 (smtps:// for TLS). Unset: e-mail alerts fail with a clear error. */
    SMTP_URL: z.url().optional(),
    /** The From address of alert e-mail. */
    ALERTS_EMAIL_FROM: z.string().min(3).default("Tidemark <tidemark@localhost>"),
    /** How long a webhook may take to answer before the attempt counts as failed. */
    ALERTS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
