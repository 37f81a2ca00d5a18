// One pino logger for the web app and the jobs. `childLogger({ requestId })` or
// `childLogger({ jobId })` tags every line of one request or job.
import { type Logger, pino } from "pino";
import pretty from "pino-pretty";
import { env } from "./env";

export type { Logger } from "pino";

function defaultLevel(): pino.LevelWithSilent {
  if (env.LOG_LEVEL) return env.LOG_LEVEL;
  return env.NODE_ENV === "test" ? "silent" : "info";
}

function createRoot(): Logger {
  const options: pino.LoggerOptions = {
    base: { app: "tidemark" },
    level: defaultLevel(),
    // Never log credentials, whatever a caller passes in.
    redact: {
      paths: [
        "password",
        "*.password",
        "token",
        "*.token",
        "authorization",
        "*.authorization",
        "cookie",
        "*.cookie",
      ],
      censor: "[redacted]",
    },
  };
  // A synchronous stream, not a transport: no worker thread, so it also works inside Next.js.
  const fd = env.LOG_STREAM === "stderr" ? 2 : 1;
  return env.LOG_FORMAT === "pretty"
    ? pino(options, pretty({ colorize: true, sync: true, destination: fd }))
    : pino(options, pino.destination({ fd, sync: true }));
}

export const logger: Logger = createRoot();

/** A logger whose lines all carry these fields (e.g. a request id or a job id). */
export function childLogger(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
