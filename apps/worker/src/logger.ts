import { pino } from "pino";
import { env } from "./env.ts";

/** Structured JSON logs, one line per event; `pnpm start` pipes them as-is. */
export const logger = pino({ name: "tidemark-worker", level: env.LOG_LEVEL });

export type Logger = typeof logger;
